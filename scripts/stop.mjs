// `npm stop`: ends the dev server that `npm start` left running, and unregisters the add-in from Excel desktop.
import { execSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  execSync(
    `"${path.join(ROOT, "node_modules", ".bin", "office-addin-debugging")}" stop manifest.xml`,
    { stdio: "inherit", cwd: ROOT }
  );
}
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    // The server was started detached, as the leader of its own process group: end the group.
    process.kill(process.platform === "win32" ? pid : -pid, "SIGTERM");
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was not running.`);
  }
  rmSync(PID_FILE);
} else {
  console.log("No dev server started by npm start is running.");
}

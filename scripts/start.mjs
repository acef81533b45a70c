// `npm start`: dev certificates, the dev server at https://localhost:3000 (in the background),
// then sideloading where Excel desktop exists, or the steps for Excel on the web where it does not.
import { execSync, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  copyFileSync,
  openSync,
  writeFileSync,
  readFileSync,
} from "node:fs";
import { X509Certificate } from "node:crypto";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import devCerts from "./dev-certs.js";

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const ROOT = path.resolve(import.meta.dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const LOG_FILE = path.join(ROOT, ".dev-server.log");
const { certificatePaths } = devCerts;
const CERT_DIR = certificatePaths.certificateDirectory; // ~/.office-addin-dev-certs
const CA = certificatePaths.caCertificatePath;
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

function run(command) {
  execSync(command, { stdio: "inherit", cwd: ROOT });
}

function hasCommand(name) {
  const dirs = (process.env.PATH || "").split(path.delimiter);
  return dirs.some((dir) => existsSync(path.join(dir, name)));
}

/** Whether the dev certificate files exist and the localhost certificate is valid for another day. */
function certificatesUsable() {
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = certificatePaths;
  if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every(existsSync))
    return false;
  const cert = new X509Certificate(readFileSync(localhostCertificatePath));
  return new Date(cert.validTo).getTime() > Date.now() + 86_400_000;
}

async function ensureCertificates() {
  const linux = process.platform === "linux";
  if (!linux || hasCommand("sudo")) {
    // Generates the CA and the localhost certificate and installs the CA (sudo asks for a password on Linux).
    run(`"${bin("office-addin-dev-certs")}" install`);
  } else {
    // office-addin-dev-certs installs its CA with sudo, which this machine lacks: it would print
    // "Unable to install the CA certificate … sudo: not found". Create the certificates only.
    if (certificatesUsable()) console.log(`Dev certificates: reusing those in ${CERT_DIR}.`);
    else {
      await generateCertificates();
      console.log(`Dev certificates: created in ${CERT_DIR}.`);
    }
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync("/usr/sbin/update-ca-certificates")) {
      // What the tool's own script does (install_linux.sh), without sudo: we are root already.
      const system = "/usr/local/share/ca-certificates/office-addin-dev-certs";
      mkdirSync(system, { recursive: true });
      copyFileSync(CA, path.join(system, "ca.crt"));
      execSync("/usr/sbin/update-ca-certificates", { stdio: "ignore" });
      console.log(
        "No sudo here, so office-addin-dev-certs could not install its CA: trusted it system-wide " +
          "directly instead (update-ca-certificates, as root)."
      );
    } else {
      console.log(
        "No sudo here, so the dev CA is not trusted system-wide. As an administrator, copy\n" +
          `  ${CA}\nto /usr/local/share/ca-certificates/ and run update-ca-certificates.`
      );
    }
  }
  if (!linux) return;
  const nssdb = path.join(os.homedir(), ".pki", "nssdb");
  if (existsSync("/usr/bin/certutil") && existsSync(nssdb)) {
    // Chrome and Chromium on Linux read their own NSS store, not the system one.
    execSync(`certutil -d sql:${nssdb} -A -t "C,," -n "Office Add-in Dev CA" -i "${CA}"`, {
      stdio: "ignore",
    });
    console.log("Trusted the dev CA for Chrome/Chromium (NSS).");
  } else {
    console.log(
      `To make Chrome/Chromium trust https://localhost:${PORT}: apt-get install -y libnss3-tools, then\n` +
        `  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i "${CA}"\n` +
        `(Firefox: Settings › Certificates › Import "${CA}").`
    );
  }
}

function isRunning() {
  if (!existsSync(PID_FILE)) return false;
  try {
    process.kill(Number(readFileSync(PID_FILE, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}

function startDevServer() {
  if (isRunning()) {
    console.log(`Dev server already running (pid ${readFileSync(PID_FILE, "utf8")}).`);
    return;
  }
  const log = openSync(LOG_FILE, "w");
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "serve", "--mode", "development"],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
    }
  );
  child.unref();
  writeFileSync(PID_FILE, String(child.pid));
  console.log(`Dev server starting (pid ${child.pid}, log ${path.relative(ROOT, LOG_FILE)}) …`);
}

function waitForServer(timeoutMs = 120_000) {
  const ca = readFileSync(CA);
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(
        { host: "localhost", port: PORT, path: "/taskpane.html", ca },
        (res) => {
          res.resume();
          if (res.statusCode === 200) resolve();
          else retry(new Error(`status ${res.statusCode}`));
        }
      );
      req.on("error", retry);
    };
    const retry = (err) => {
      if (Date.now() > deadline)
        reject(
          new Error(
            `Dev server did not answer on port ${PORT}: ${err.message}. See .dev-server.log.`
          )
        );
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function printWebSteps() {
  console.log(`
Qilu Clusters is served at https://localhost:${PORT}/ (task pane: https://localhost:${PORT}/taskpane.html).
Opened in a plain browser, the task pane runs in preview mode.

No Excel desktop on this machine. To use the add-in in Excel on the web:
  1. Open https://www.office.com, sign in, and open or create a workbook in Excel.
  2. Home › Add-ins › More Add-ins (or Insert › Add-ins) › My Add-ins › Upload My Add-in.
  3. Browse to ${path.join(ROOT, "manifest.xml")} and choose Upload.
  4. Home › Clusters (产业集群) opens the pane; type =SD.CLUSTERS("烟台") in a cell.
The browser you use must trust the dev certificate (see above).
Keep the dev server running while you use the add-in: Excel loads it from this machine
(a sideloaded add-in shows an error once it stops). "npm stop" ends the dev server.`);
}

execSync(`"${process.execPath}" scripts/prepare.mjs`, { stdio: "inherit", cwd: ROOT });
await ensureCertificates();
startDevServer();
await waitForServer();
if (process.platform === "win32" || process.platform === "darwin") {
  // Excel desktop: office-addin-debugging registers the manifest and opens Excel with the add-in.
  run(
    `"${bin("office-addin-debugging")}" start manifest.xml desktop --no-debug --dev-server-port ${PORT}`
  );
  console.log(
    'Keep the dev server running while you use the add-in: Excel loads it from this machine. "npm stop" ends it.'
  );
} else {
  printWebSteps();
}

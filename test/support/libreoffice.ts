/**
 * LibreOffice headless, the spreadsheet program no one here wrote, for the tests that open our
 * .xlsx files: finds `libreoffice` or `soffice`, and converts a file with a profile of its own
 * (so parallel runs and a user's open LibreOffice do not collide).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";

export const LIBREOFFICE_INSTALL = "apt-get install -y --no-install-recommends libreoffice-calc";

export function findLibreOffice(): string {
  const candidates = [process.env.LIBREOFFICE_PATH, "libreoffice", "soffice"].filter(
    (c): c is string => Boolean(c)
  );
  for (const candidate of candidates) {
    if (path.isAbsolute(candidate) ? existsSync(candidate) : onPath(candidate)) return candidate;
  }
  throw new Error(
    `LibreOffice is needed to open the exported .xlsx and none was found (libreoffice or soffice on PATH, or LIBREOFFICE_PATH). Install it with:\n  ${LIBREOFFICE_INSTALL}`
  );
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir && existsSync(path.join(dir, name)));
}

/**
 * Converts `file` with a LibreOffice filter ("csv:…", "fods") into `outDir`, and returns the
 * path of the converted file.
 */
export function convert(file: string, filter: string, extension: string, outDir: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), "qilu-lo-profile-"));
  execFileSync(
    findLibreOffice(),
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${extension} for ${file}`);
  return out;
}

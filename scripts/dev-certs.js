// Reads the certificates that `office-addin-dev-certs install` generates. Its own
// getHttpsServerOptions() aborts when the CA could not be installed (no sudo, Linux), so the
// dev server reads the generated files directly; scripts/start.mjs takes care of trust.
const fs = require("fs");
const defaults = require("office-addin-dev-certs/lib/defaults");

function devServerHttps() {
  const files = [
    defaults.localhostKeyPath,
    defaults.localhostCertificatePath,
    defaults.caCertificatePath,
  ];
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `Dev certificates missing (${missing.join(", ")}): run "npm start", which creates them.`
    );
  }
  return {
    key: fs.readFileSync(defaults.localhostKeyPath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    ca: fs.readFileSync(defaults.caCertificatePath),
  };
}

module.exports = { devServerHttps, certificatePaths: defaults };

// Derives the deployment manifest from the development one (never edited by hand).

const DEV_URL = "https://localhost:3000/";

/**
 * Rewrites every https://localhost:3000 URL in the manifest to `addinUrl`.
 * Throws when `addinUrl` is not an https URL, or when a localhost URL survives the rewrite,
 * so that a build can never ship a manifest that points at a developer's machine.
 */
function rewriteManifestUrls(xml, addinUrl) {
  let target;
  try {
    target = new URL(addinUrl);
  } catch {
    throw new Error(
      `ADDIN_URL must be an absolute https URL, e.g. https://example.org/qilu/ (got "${addinUrl}")`
    );
  }
  if (target.protocol !== "https:") throw new Error(`ADDIN_URL must use https (got "${addinUrl}")`);
  if (target.search || target.hash)
    throw new Error(`ADDIN_URL must have no query or fragment (got "${addinUrl}")`);
  const base = target.href.endsWith("/") ? target.href : `${target.href}/`;
  // AppDomain holds the origin alone (no trailing slash).
  let out = xml
    .split("<AppDomain>https://localhost:3000</AppDomain>")
    .join(`<AppDomain>${target.origin}</AppDomain>`);
  out = out.split(DEV_URL).join(base);
  const left = out.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/g);
  if (left)
    throw new Error(`Manifest still points at localhost after rewriting: ${left.join(", ")}`);
  return out;
}

module.exports = { rewriteManifestUrls, DEV_URL };

// manifest.xml is the development manifest (localhost, its own Id, names marked "(dev)"), so
// that a sideloaded dev copy and the deployed add-in can sit in one Excel without colliding:
// Office tells add-ins apart by <Id>. The production manifest is derived from it at build time.
const { rewriteManifestUrls } = require("./manifest-urls.js");

const DEV_ID = "d0c739cf-d5b2-45b2-a5cc-9d0cfdcfe787";
// The add-in's identity once deployed: never change it, or Excel treats it as another add-in.
const PRODUCTION_ID = "36a6ad14-8fb4-4e91-970a-3434c3bb406e";
// Marks on the display name and the ribbon group, dropped for production.
const DEV_MARKS = [" (dev)", "（开发版）"];

/**
 * The production manifest: URLs under `addinUrl` (see rewriteManifestUrls), the production Id,
 * names without the dev marks. Throws when the source is not the development manifest, or when
 * a mark survives.
 */
function productionManifest(xml, addinUrl) {
  const devId = `<Id>${DEV_ID}</Id>`;
  if (!xml.includes(devId)) throw new Error(`manifest.xml must carry the development Id ${DEV_ID}`);
  let out = rewriteManifestUrls(xml, addinUrl).replace(devId, `<Id>${PRODUCTION_ID}</Id>`);
  for (const mark of DEV_MARKS) out = out.split(`${mark}"`).join('"');
  const left = DEV_MARKS.filter((mark) => out.includes(mark));
  if (left.length > 0)
    throw new Error(`Production manifest still marked as development: ${left.join(", ")}`);
  return out;
}

module.exports = { productionManifest, DEV_ID, PRODUCTION_ID, DEV_MARKS };

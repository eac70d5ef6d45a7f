/*
 * "Tin bài của tôi" in Tasklist's header for whoever writes for a unit: one click to their items and their
 * unit's, where each stands and who holds it (/tin-bai-cua-toi, myitems/MyItemsPage). It asks
 * /api/my-items/access whether the person belongs to an authoring unit; the Board, the Office's monitors
 * and the directors do not see the link. Loaded by tasklist/scripts/config.js (customScripts); the header
 * mechanism is header-link.js.
 */
import {ROOT, keepLinkForLoggedIn} from './header-link.js';

async function writesForAUnit() {
  const response = await fetch(`${ROOT}/api/my-items/access`, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok && (await response.json()).writesForAUnit === true;
}

keepLinkForLoggedIn({
  className: 'cchc-tin-bai-cua-toi',
  href: `${ROOT}/tin-bai-cua-toi`,
  text: 'Tin bài của tôi',
  title: 'Các tin bài anh/chị và đơn vị đã gửi: đang ở bước nào, ai đang giữ, ý kiến của Ban Biên tập'
}, writesForAUnit);

export default [];

/** QR codes of page addresses for the printed handout: an SVG string made at build time, no script on the page. */
import QRCode from 'qrcode';

export function qrSvg(address: string): Promise<string> {
  // Medium error correction survives a creased printout; no quiet-zone margin, the page's white space is one.
  // One byte-mode segment gives the same code for an address as qrcode's own segmentation (an address has
  // no long digit or kanji runs worth another mode) and skips its shortest-path search: a third less time
  // for the thousands of answer pages.
  return QRCode.toString([{ data: new TextEncoder().encode(address), mode: 'byte' }], { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

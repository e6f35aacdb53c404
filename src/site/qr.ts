/** QR codes of page addresses for the printed handout: an SVG string made at build time, no script on the page. */
import QRCode from 'qrcode';

export function qrSvg(address: string): Promise<string> {
  // Medium error correction survives a creased printout; no quiet-zone margin, the page's white space is one.
  return QRCode.toString(address, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

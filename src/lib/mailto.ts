/**
 * A prefilled e-mail (RFC 6068 mailto URI): subject and a body with one "Feld: " line per field an
 * editor needs, so people without any account can report an offering or a correction.
 */
export function mailtoHref(address: string, subject: string, fields: readonly string[], closing?: string): string {
  const body = [...fields.map((field) => `${field}: `), '', ...(closing ? [closing] : [])].join('\r\n');
  // encodeURIComponent leaves no "&", "?" or "#" in the values; RFC 6068 wants line breaks as %0D%0A.
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * CSV bytes as text. Chinese Excel saves CSV in GBK (its ANSI code page) unless told to use
 * UTF-8, and nothing in the file says which: bytes that are not valid UTF-8 are read as GBK.
 * The BOM Excel writes before UTF-8 and UTF-16 text is dropped by the decoders.
 */
export function decodeText(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

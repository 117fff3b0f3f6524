import ExcelJS from 'exceljs';

/** Bytes of a workbook built in a test, as a file input would hand them over. */
export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function textBytes(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}

// Node's TextEncoder writes only UTF-8, so a GBK file is spelled out from known code points.
const GBK: Readonly<Record<string, string>> = {
  姓: 'd0d5',
  名: 'c3fb',
  身: 'c9ed',
  份: 'b7dd',
  证: 'd6a4',
  号: 'bac5',
  码: 'c2eb',
  张: 'd5c5',
  三: 'c8fd',
};

/** The GBK bytes of a text made of ASCII and the characters above. */
export function gbkBytes(text: string): ArrayBuffer {
  const hex = [...text]
    .map((char) => {
      if (char.charCodeAt(0) < 0x80) return char.charCodeAt(0).toString(16).padStart(2, '0');
      const code = GBK[char];
      if (!code) throw new Error(`no GBK code for ${char} in the test table`);
      return code;
    })
    .join('');
  const bytes = Buffer.from(hex, 'hex');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export const GBK_CHARACTERS = Object.keys(GBK).join('');

import type { DocumentSnapshot } from "../../analysis/snapshot";
import { UnreadableFileError } from "../errors";
import { LIMITS, PARAGRAPH_TOO_LONG, TOO_MANY_PARAGRAPHS } from "../limits";
import { readDocx } from "./docx";
import { readSnapshotJson } from "./json";
import { readText } from "./text";

/**
 * Turns a file's bytes into a DocumentSnapshot, choosing the reader by what the file is (its
 * first bytes) as much as by its name, and explaining in the worker's terms when it cannot.
 */

const ZIP_SIGNATURE = [0x50, 0x4b];
/** Word saves a password-protected .docx as an OLE compound file, as are old .doc files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Whether an OLE file holds a Word 97–2003 document rather than an encrypted .docx. */
function isLegacyWordDocument(bytes: Uint8Array): boolean {
  const streamName = Buffer.from("WordDocument", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(streamName);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

const WORD_EXTENSIONS = new Set(["docx", "docm", "dotx", "dotm"]);

export async function readDocument(fileName: string, bytes: Uint8Array): Promise<DocumentSnapshot> {
  if (bytes.length === 0)
    throw new UnreadableFileError("is empty (0 bytes). Save the summary again and check the saved file.");
  const extension = extensionOf(fileName);
  const base = fileName.split(/[\\/]/).pop() ?? fileName;

  let snapshot: DocumentSnapshot;
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (isLegacyWordDocument(bytes)) {
      throw new UnreadableFileError(
        "is an older Word 97–2003 document (.doc). Open it in Word, choose File › Save As, save it as a Word Document (.docx) and check that.",
      );
    }
    throw new UnreadableFileError(
      "is password-protected, so it cannot be read. Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, then clear the password), save it and check it again.",
    );
  } else if (startsWith(bytes, ZIP_SIGNATURE)) {
    snapshot = await readDocx(bytes);
  } else if (base.startsWith("~$")) {
    throw new UnreadableFileError(
      "is a temporary file Word keeps while a document is open. Check the document itself.",
    );
  } else if (WORD_EXTENSIONS.has(extension) || extension === "doc") {
    throw new UnreadableFileError(
      `is not a Word document, although its name ends in .${extension}. It may have been renamed or only partly saved: open it in Word and save it as a Word Document (.docx).`,
    );
  } else if (extension === "json") {
    snapshot = readSnapshotJson(bytes);
  } else if (extension === "md" || extension === "markdown") {
    snapshot = readText(bytes, "markdown");
  } else if (extension === "txt" || extension === "text") {
    snapshot = readText(bytes, "plain");
  } else {
    throw new UnreadableFileError(
      `is not a kind of file case-summary can check${extension ? ` (.${extension})` : ""}. Check a Word document (.docx), a Markdown (.md) or text (.txt) file, or a snapshot (.json).`,
    );
  }

  if (snapshot.paragraphs.length > LIMITS.paragraphs) throw new UnreadableFileError(TOO_MANY_PARAGRAPHS);
  if (snapshot.paragraphs.some((p) => p.text.length > LIMITS.paragraphCharacters))
    throw new UnreadableFileError(PARAGRAPH_TOO_LONG);
  if (!snapshot.paragraphs.some((p) => p.text.trim().length > 0)) {
    throw new UnreadableFileError(
      "has no text in it. Check that you chose the right file and that it was saved.",
    );
  }
  return snapshot;
}

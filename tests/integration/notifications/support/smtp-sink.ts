import { SMTPServer } from "smtp-server";
import { filenameOf, leaves, parseMime } from "./mime";

export interface ReceivedMail {
  envelopeTo: string[];
  messageId: string;
  subject: string;
  to: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  raw: string;
}

export interface SinkOptions {
  /** Reply to the DATA of attempt n (1-based, counted over the sink's life) with this code instead of accepting. */
  rejectAttempt?: (attempt: number, mail: ReceivedMail) => { code: number; message: string } | null;
  /** Called for each accepted message (e.g. to stop a worker after k deliveries). */
  onAccepted?: (mail: ReceivedMail, count: number) => void;
}

/** A real SMTP server on loopback (random port) that keeps what it accepts. */
export interface SmtpSink {
  url: string;
  /** Every DATA received, accepted or not. */
  attempts: ReceivedMail[];
  /** Messages accepted (250). */
  accepted: ReceivedMail[];
  close(): Promise<void>;
}

function toMail(raw: string, envelopeTo: string[]): ReceivedMail {
  const root = parseMime(raw);
  const all = leaves(root);
  const body = (type: string) => all.find((p) => (p.headers.get("content-type") ?? "").startsWith(type) && !filenameOf(p))?.body.toString("utf8") ?? "";
  return {
    envelopeTo,
    messageId: root.headers.get("message-id") ?? "",
    subject: root.headers.get("subject") ?? "",
    to: root.headers.get("to") ?? "",
    text: body("text/plain"),
    html: body("text/html"),
    attachments: all
      .filter((p) => filenameOf(p))
      .map((p) => ({ filename: filenameOf(p)!, contentType: (p.headers.get("content-type") ?? "").split(";")[0]!, content: p.body })),
    raw,
  };
}

export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const attempts: ReceivedMail[] = [];
  const accepted: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = toMail(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address));
        attempts.push(mail);
        const rejection = options.rejectAttempt?.(attempts.length, mail) ?? null;
        if (rejection) {
          const error = Object.assign(new Error(rejection.message), { responseCode: rejection.code });
          return callback(error);
        }
        accepted.push(mail);
        options.onAccepted?.(mail, accepted.length);
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP sink did not get a port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    attempts,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

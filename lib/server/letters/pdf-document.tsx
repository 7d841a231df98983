// No "server-only" here: render.ts may load this file in a worker thread that runs without the
// react-server condition (scripts that seed the demo run with it, and react-pdf needs full React).
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { LetterBlock, LetterModel } from "./model";

const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 64, paddingHorizontal: 56, fontSize: 10.5, fontFamily: "Helvetica", lineHeight: 1.4, color: "#111" },
  letterhead: { borderBottomWidth: 2, borderBottomColor: "#1d3b6f", paddingBottom: 8, marginBottom: 16 },
  organisation: { fontSize: 14, fontFamily: "Helvetica-Bold", color: "#1d3b6f" },
  committee: { fontSize: 11, color: "#1d3b6f" },
  small: { fontSize: 9, color: "#333" },
  meta: { marginBottom: 14 },
  recipient: { marginBottom: 16 },
  title: { fontSize: 13, fontFamily: "Helvetica-Bold", marginBottom: 10 },
  heading: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 8 },
  item: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12 },
  factRow: { flexDirection: "row", marginBottom: 3 },
  factLabel: { width: 150, fontFamily: "Helvetica-Bold" },
  factValue: { flex: 1 },
  signature: { marginTop: 18 },
  footer: { position: "absolute", bottom: 28, left: 56, right: 56, fontSize: 8, color: "#555", flexDirection: "row", justifyContent: "space-between" },
});

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "paragraph":
      return <Text style={styles.paragraph}>{block.text}</Text>;
    case "heading":
      return <Text style={styles.heading}>{block.text}</Text>;
    case "list":
      return (
        <View style={styles.paragraph}>
          {block.items.map((item, index) => (
            <View key={index} style={styles.item} wrap={false}>
              <Text style={styles.bullet}>•</Text>
              <Text style={{ flex: 1 }}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case "facts":
      return (
        <View style={styles.paragraph}>
          {block.rows.map(([label, value], index) => (
            <View key={index} style={styles.factRow} wrap={false}>
              <Text style={styles.factLabel}>{label}</Text>
              <Text style={styles.factValue}>{value}</Text>
            </View>
          ))}
        </View>
      );
  }
}

export function LetterPdf({ model }: { model: LetterModel }) {
  const { letterhead } = model;
  const contact = [letterhead.address, letterhead.email, letterhead.phone].filter((part) => part !== "").join(" · ");
  return (
    <Document title={`${model.title} ${model.reference}`} author={letterhead.organisation} subject={model.title} creator="Docket" producer="Docket">
      <Page size="A4" style={styles.page}>
        <View style={styles.letterhead} fixed>
          <Text style={styles.organisation}>{letterhead.organisation}</Text>
          {letterhead.committee ? <Text style={styles.committee}>{letterhead.committee}</Text> : null}
          {contact ? <Text style={styles.small}>{contact}</Text> : null}
        </View>
        <View style={styles.meta}>
          <Text>Our reference: {model.reference}</Text>
          <Text>Date: {model.date}</Text>
          <Text>Private and confidential</Text>
        </View>
        <View style={styles.recipient}>
          {model.recipient.map((line, index) => (
            <Text key={index}>{line}</Text>
          ))}
        </View>
        <Text style={styles.title}>{model.title}</Text>
        <Text style={styles.paragraph}>{model.salutation}</Text>
        {model.blocks.map((block, index) => (
          <Block key={index} block={block} />
        ))}
        <View style={styles.signature} wrap={false}>
          <Text>Yours sincerely,</Text>
          <Text style={{ marginTop: 18, fontFamily: "Helvetica-Bold" }}>{model.signatory.name}</Text>
          <Text>{model.signatory.title}</Text>
        </View>
        <View style={styles.footer} fixed>
          <Text>{model.footer}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function renderLetterDocument(model: LetterModel): Promise<Buffer> {
  return renderToBuffer(<LetterPdf model={model} />);
}

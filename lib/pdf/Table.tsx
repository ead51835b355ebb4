// A simple table for react-pdf: the first column takes the rest of the width, the others are
// right-aligned numbers of fixed width. Rows do not break across pages.
import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles";

export function PdfTable(props: { head: string[]; rows: string[][]; widths: number[]; fontSize?: number; headFontSize?: number }) {
  const { head, rows, widths, fontSize = 9.5 } = props;
  const cellStyle = (index: number) => (index === 0 ? [styles.cell, { flex: 1 }] : [styles.number, { width: widths[index - 1] }]);
  return (
    <View style={[styles.table, { fontSize }]}>
      <View style={[styles.headRow, { fontSize: props.headFontSize ?? fontSize }]} fixed>
        {head.map((text, index) => (
          <Text key={index} style={cellStyle(index)}>{text}</Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.row} wrap={false}>
          {row.map((text, index) => (
            <Text key={index} style={cellStyle(index)}>{text}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}

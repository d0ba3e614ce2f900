package se.malstyrning.followup.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's Markdown document in the other formats an office pastes into its annual report: HTML
 * (CommonMark with GitHub tables) and DOCX (Apache POI), both made from the same parsed document, so
 * the three always say the same. Raw HTML in the text is shown as text, never run.
 */
final class ReportFormats {

    static final String HTML = "text/html";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    private ReportFormats() {
    }

    static String html(String title, String markdown) {
        return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "</head>\n<body>\n" + RENDERER.render(PARSER.parse(markdown)) + "</body>\n</html>\n";
    }

    static byte[] docx(String markdown) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
                write(document, block);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written as DOCX", e);
        }
    }

    private static void write(XWPFDocument document, Node block) {
        switch (block) {
            case Heading heading -> {
                XWPFRun run = document.createParagraph().createRun();
                run.setBold(true);
                run.setFontSize(switch (heading.getLevel()) {
                    case 1 -> 18;
                    case 2 -> 14;
                    default -> 12;
                });
                run.setText(text(heading));
            }
            case BulletList list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setIndentationLeft(360);
                        paragraph.createRun().setText("• " + text(item));
                    }
                }
            }
            case TableBlock table -> writeTable(document, table);
            case Paragraph paragraph -> writeLines(document.createParagraph(), paragraph);
            default -> document.createParagraph().createRun().setText(text(block));
        }
    }

    private static void writeTable(XWPFDocument document, TableBlock block) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(block, rows);
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable(rows.size(), rows.getFirst().size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size() && c < row.getTableCells().size(); c++) {
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().getFirst();
                XWPFRun run = paragraph.createRun();
                run.setBold(r == 0);
                run.setText(rows.get(r).get(c));
            }
        }
        document.createParagraph();
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }

    /** A paragraph's lines, each line break of the document a line break in Word. */
    private static void writeLines(XWPFParagraph paragraph, Node node) {
        StringBuilder line = new StringBuilder();
        XWPFRun run = paragraph.createRun();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                run.setText(line.toString());
                run.addBreak();
                run = paragraph.createRun();
                line.setLength(0);
            } else {
                line.append(text(child));
            }
        }
        run.setText(line.toString());
    }

    /** The text of a node as a reader sees it (escapes resolved, markup left out). */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof Text literal) {
            text.append(literal.getLiteral());
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof Emphasis || node instanceof StrongEmphasis || node.getFirstChild() != null) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendText(child, text);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

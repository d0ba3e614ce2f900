package se.malstyrning.followup.documents;

/**
 * Text written by people (answers, analyses, titles) as it goes into the Markdown documents the
 * API serves: the characters Markdown or the HTML inside it would interpret (links, images, raw
 * HTML, emphasis, headings, tables) are escaped with a backslash, as CommonMark allows for any
 * punctuation, so that a renderer shows the text as written and runs nothing of it.
 */
public final class MarkdownText {

    private static final String INTERPRETED = "\\`*_[]<>&#|!";

    private MarkdownText() {
    }

    public static String escape(Object text) {
        if (text == null) {
            return "";
        }
        String plain = text.toString();
        StringBuilder escaped = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (INTERPRETED.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

package vn.cchc.editorial.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed in one text between two rounds of the review, word by word (java-diff-utils' Myers diff
 * on words), as HTML the review form shows: the lines (paragraphs) with a change, words added in
 * {@code <span class="cchc-them">[+ … +]</span>}, words removed in {@code <span class="cchc-bo">[− … −]</span>}
 * (Tasklist's user-styles.css colours them; the brackets say it without colour), a run of unchanged
 * lines as one line "… n đoạn không đổi …". Every word is written as text, so the result holds no markup
 * of the item's own.
 */
final class RevisionDifference {

    static final String ADDED = "cchc-them";
    static final String REMOVED = "cchc-bo";
    static final String UNCHANGED = "cchc-giu";

    /** A line break, a run of other white space, a word (letters, their marks, digits), or one other character. */
    private static final Pattern TOKEN = Pattern.compile("\n|[^\\S\n]+|[\\p{L}\\p{M}\\p{N}]+|\\S");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "blockquote", "pre", "figure", "figcaption", "table", "ul", "ol", "br", "hr", "caption");

    private enum Kind { SAME, ADDED, REMOVED }

    private record Piece(Kind kind, String text) {
    }

    private RevisionDifference() {
    }

    /**
     * The words of an item's content (sanitized HTML) as plain text: a line per paragraph, heading, list
     * item or table row, a picture as "[Ảnh: its alt text]".
     */
    static String plainText(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html == null ? "" : html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && e.nameIs("img")) {
                    text.append(" [Ảnh: ").append(e.attr("alt")).append("] ");
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        });
        return text.toString().replaceAll("[^\\S\n]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n").strip();
    }

    /**
     * The changed lines of {@code after} against {@code before}, as the children of one div; null when no
     * word changed (white space aside).
     */
    static Element between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        List<AbstractDelta<String>> deltas = DiffUtils.diff(old, now).getDeltas();
        for (AbstractDelta<String> delta : deltas) {
            int from = delta.getSource().getPosition();
            old.subList(at, from).forEach(token -> pieces.add(new Piece(Kind.SAME, token)));
            pieces.addAll(marked(Kind.REMOVED, delta.getSource().getLines()));
            pieces.addAll(marked(Kind.ADDED, delta.getTarget().getLines()));
            at = from + delta.getSource().size();
        }
        old.subList(at, old.size()).forEach(token -> pieces.add(new Piece(Kind.SAME, token)));
        return render(lines(pieces));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text.strip());
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Changed words, split at line breaks so that a marked run never spans two lines. */
    private static List<Piece> marked(Kind kind, List<String> tokens) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String token : tokens) {
            if (token.equals("\n")) {
                if (!run.isEmpty()) pieces.add(new Piece(kind, run.toString()));
                run.setLength(0);
                pieces.add(new Piece(Kind.SAME, "\n"));
            } else {
                run.append(token);
            }
        }
        if (!run.isEmpty()) pieces.add(new Piece(kind, run.toString()));
        return pieces;
    }

    private static List<List<Piece>> lines(List<Piece> pieces) {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.kind() == Kind.SAME && piece.text().equals("\n")) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(piece);
            }
        }
        lines.add(line);
        return lines;
    }

    private static Element render(List<List<Piece>> lines) {
        Element div = compactShell().appendElement("div").addClass("cchc-khac-biet");
        int unchanged = 0;
        boolean any = false;
        for (List<Piece> pieces : lines) {
            List<Piece> line = joined(pieces);
            boolean changed = line.stream().anyMatch(piece -> piece.kind() != Kind.SAME && !piece.text().isBlank());
            if (!changed) {
                unchanged++;
                continue;
            }
            skipped(div, unchanged);
            unchanged = 0;
            any = true;
            Element p = div.appendElement("p");
            for (Piece piece : line) {
                switch (piece.kind()) {
                    case SAME -> p.appendText(piece.text());
                    case ADDED -> mark(p, ADDED, "[+ ", piece.text(), " +]");
                    case REMOVED -> mark(p, REMOVED, "[− ", piece.text(), " −]");
                }
            }
        }
        skipped(div, unchanged);
        return any ? div : null;
    }

    /**
     * A line's changes only white space apart read as one removal and one addition: "[− sớm hơn −][+ trước +] hẹn",
     * not "[− sớm −][+ trước +] [− hơn −] hẹn", as a word-by-word difference finds them.
     */
    private static List<Piece> joined(List<Piece> line) {
        List<Piece> joined = new ArrayList<>();
        boolean spaceBeforeNext = false;
        int i = 0;
        while (i < line.size()) {
            if (line.get(i).kind() == Kind.SAME) {
                String same = line.get(i++).text();
                if (spaceBeforeNext && !same.isEmpty() && !Character.isWhitespace(same.charAt(0))
                        && Character.isLetterOrDigit(same.charAt(0))) {
                    joined.add(new Piece(Kind.SAME, " "));
                }
                spaceBeforeNext = false;
                joined.add(new Piece(Kind.SAME, same));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            StringBuilder between = new StringBuilder();
            while (i < line.size()) {
                Piece piece = line.get(i);
                if (piece.kind() == Kind.SAME) {
                    int next = i;
                    while (next < line.size() && line.get(next).kind() == Kind.SAME && line.get(next).text().isBlank()) next++;
                    if (next == line.size() || line.get(next).kind() == Kind.SAME) break;
                    line.subList(i, next).forEach(space -> between.append(space.text()));
                    i = next;
                    continue;
                }
                StringBuilder run = piece.kind() == Kind.REMOVED ? removed : added;
                run.append(run.isEmpty() ? "" : between).append(piece.text());
                between.setLength(0);
                i++;
            }
            // the group's own leading space stays before it; any other space at its runs' edges separates it from
            // the word after it
            String first = (removed.isEmpty() ? added : removed).toString();
            String lead = first.substring(0, first.length() - first.stripLeading().length());
            if (!lead.isEmpty()) joined.add(new Piece(Kind.SAME, lead));
            String rest = removed.isEmpty() ? "" : removed.toString().substring(lead.length());
            String other = removed.isEmpty() ? added.toString().substring(lead.length()) : added.toString();
            spaceBeforeNext = endsInSpace(rest) || !other.equals(other.strip());
            if (!removed.isEmpty()) joined.add(new Piece(Kind.REMOVED, removed.toString().strip()));
            if (!added.isEmpty()) joined.add(new Piece(Kind.ADDED, added.toString().strip()));
        }
        return joined;
    }

    private static boolean endsInSpace(String text) {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /**
     * A changed run marked, its leading and trailing white space left outside the mark, where it separates the mark
     * from the words beside it ("thủ tục [+ mới +] được", never "[+ mới +]được"); a run of white space alone is
     * written as it is when added and left out when removed.
     */
    private static void mark(Element p, String kind, String open, String text, String close) {
        String words = text.strip();
        if (words.isEmpty()) {
            if (kind.equals(ADDED)) p.appendText(text);
            return;
        }
        int start = text.indexOf(words);
        p.appendText(text.substring(0, start));
        p.appendElement("span").addClass(kind).text(open + words + close);
        p.appendText(text.substring(start + words.length()));
    }

    /** A document's body to build in, written without pretty-printing: no white space the texts do not have. */
    static Element compactShell() {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        return shell.body();
    }

    private static void skipped(Element div, int lines) {
        if (lines > 0) {
            div.appendElement("p").addClass(UNCHANGED).text("… %d đoạn không đổi …".formatted(lines));
        }
    }
}

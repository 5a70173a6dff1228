package org.breastct.io.npy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser for the subset of Python literals an NPY header uses (what {@code ast.literal_eval}
 * accepts there): dicts with string keys, tuples, lists, strings in single or double quotes with
 * backslash escapes, integers (optionally signed; with the Python 2 {@code L} suffix if allowed),
 * {@code True}, {@code False}, {@code None}. Floats, sets, calls and expressions are rejected.
 *
 * <p>Values come back as {@link Map} (insertion order), {@link Tuple}, {@link List}, {@link String},
 * {@link Long}, {@link Boolean} or {@link #NONE}. One pass, O(length of the text).
 */
final class PyLiteral {

    /** A Python tuple ({@code ()}, {@code (5,)}, {@code (2, 3)}). */
    record Tuple(List<Object> items) {
    }

    /** Python {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** The text is not a literal of the accepted subset; {@link #position} is a character offset. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;

        SyntaxError(String message, int position) {
            super(message + " at character " + position);
            this.position = position;
        }
    }

    /** Python's {@code repr} of a parsed value, for error messages: {@code [('a', '<i2')]}, {@code 'False'}. */
    static String repr(Object v) {
        if (v instanceof String str) {
            return "'" + str.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            join(sb, t.items());
            return sb.append(t.items().size() == 1 ? ",)" : ")").toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            join(sb, list);
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(sep).append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                sep = ", ";
            }
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }

    private static void join(StringBuilder sb, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items.get(i)));
        }
    }

    private final String s;
    private final boolean allowLongSuffix;
    private int pos;

    private PyLiteral(String s, boolean allowLongSuffix) {
        this.s = s;
        this.allowLongSuffix = allowLongSuffix;
    }

    /**
     * Parses {@code text} as one literal, surrounded by optional whitespace.
     *
     * @param allowLongSuffix accept {@code 5L} as 5 (headers of format 1.0/2.0 written by Python 2)
     */
    static Object parse(String text, boolean allowLongSuffix) throws SyntaxError {
        PyLiteral p = new PyLiteral(text, allowLongSuffix);
        Object v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new SyntaxError("unexpected text after the literal", p.pos);
        }
        return v;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else {
                break;
            }
        }
    }

    private Object value() throws SyntaxError {
        skipSpace();
        if (pos >= s.length()) {
            throw new SyntaxError("unexpected end of text", pos);
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return dict();
            case '(':
                return tupleOrParen();
            case '[':
                return list();
            case '\'':
            case '"':
                return string();
            default:
                break;
        }
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            return integer();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            String word = s.substring(start, pos);
            switch (word) {
                case "True":
                    return Boolean.TRUE;
                case "False":
                    return Boolean.FALSE;
                case "None":
                    return NONE;
                default:
                    throw new SyntaxError("unsupported name '" + word + "'", start);
            }
        }
        throw new SyntaxError("unexpected character '" + c + "'", pos);
    }

    private Map<String, Object> dict() throws SyntaxError {
        int start = pos;
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == 0) {
                throw new SyntaxError("unterminated dict (no closing '}' for the '{' at character " + start + ")", pos);
            }
            if (peek() == '}') {
                pos++;
                return map;
            }
            int keyPos = pos;
            Object key = value();
            if (!(key instanceof String k)) {
                throw new SyntaxError("dict key is not a string", keyPos);
            }
            skipSpace();
            expect(':');
            Object v = value();
            if (map.put(k, v) != null) {
                throw new SyntaxError("duplicate key '" + k + "'", keyPos);
            }
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != '}') {
                throw new SyntaxError(c == 0 ? "unterminated dict (no closing '}' for the '{' at character "
                        + start + ")" : "expected ',' or '}' but found '" + c + "'", pos);
            }
        }
    }

    private Object tupleOrParen() throws SyntaxError {
        pos++; // '('
        List<Object> items = new ArrayList<>();
        boolean sawComma = false;
        while (true) {
            skipSpace();
            if (peek() == 0) {
                throw new SyntaxError("unterminated tuple", pos);
            }
            if (peek() == ')') {
                pos++;
                if (items.size() == 1 && !sawComma) {
                    return items.get(0); // (5) is just 5
                }
                return new Tuple(List.copyOf(items));
            }
            items.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                sawComma = true;
                pos++;
            } else if (c != ')') {
                throw new SyntaxError(c == 0 ? "unterminated tuple" : "expected ',' or ')' but found '" + c + "'", pos);
            }
        }
    }

    private List<Object> list() throws SyntaxError {
        pos++; // '['
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == 0) {
                throw new SyntaxError("unterminated list", pos);
            }
            if (peek() == ']') {
                pos++;
                return items;
            }
            items.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != ']') {
                throw new SyntaxError(c == 0 ? "unterminated list" : "expected ',' or ']' but found '" + c + "'", pos);
            }
        }
    }

    private String string() throws SyntaxError {
        int start = pos;
        char quote = s.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new SyntaxError("unterminated string", start);
            }
            char c = s.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\n') {
                throw new SyntaxError("line break inside string", pos - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw new SyntaxError("unterminated string", start);
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '\\', '\'', '"' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'x' -> sb.append((char) hex(2));
                case 'u' -> sb.append((char) hex(4));
                default -> throw new SyntaxError("unsupported escape '\\" + e + "'", pos - 2);
            }
        }
    }

    private int hex(int digits) throws SyntaxError {
        if (pos + digits > s.length()) {
            throw new SyntaxError("truncated escape", pos);
        }
        try {
            int v = Integer.parseInt(s.substring(pos, pos + digits), 16);
            pos += digits;
            return v;
        } catch (NumberFormatException e) {
            throw new SyntaxError("bad hex escape", pos);
        }
    }

    private Long integer() throws SyntaxError {
        int start = pos;
        boolean negative = false;
        char c = s.charAt(pos);
        if (c == '-' || c == '+') {
            negative = c == '-';
            pos++;
            skipSpace();
        }
        int digitsStart = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == digitsStart) {
            throw new SyntaxError("expected digits", pos);
        }
        String digits = s.substring(digitsStart, pos);
        if (pos < s.length()) {
            char n = s.charAt(pos);
            if (allowLongSuffix && (n == 'L' || n == 'l')) {
                pos++;
            } else if (n == '.' || n == 'e' || n == 'E' || n == 'j' || n == 'J' || n == 'x' || n == 'X'
                    || n == '_' || Character.isLetterOrDigit(n)) {
                throw new SyntaxError("unsupported number literal (only decimal integers)", start);
            }
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(ch -> ch == '0')) {
            throw new SyntaxError("integer with leading zeros", start);
        }
        try {
            long v = Long.parseLong(digits);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            throw new SyntaxError("integer " + digits + " is too large", start);
        }
    }

    private void expect(char c) throws SyntaxError {
        if (peek() != c) {
            throw new SyntaxError("expected '" + c + "'" + (peek() == 0 ? " but the text ended" : " but found '" + peek() + "'"), pos);
        }
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : 0;
    }
}

package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import cz.socialinclusion.partnership.base.Limits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parser the dossier reader reads through: it refuses, token by token and with the JSON path, a key given
 * twice in one object ({@link Refusals.Mismatch}) and text holding a character
 * {@link Limits#firstRefusedCharacter} finds ({@link Refusals.Format}), before databind sees either. It tracks
 * the keys of each open object itself, so a duplicate is known without reading any exception's message.
 */
public final class StrictParser extends JsonParserDelegate {

    /** The keys seen in each open object, by depth (reused from one object to the next at the same depth). */
    private final List<Keys> keys = new ArrayList<>();
    private int depth;
    /** The bytes the parser reads, when known: texts need no check until they hold a backslash or DEL. */
    private final Utf8Input input;

    /**
     * Reads through {@code parser}, which must not detect duplicates itself, checking every text.
     *
     * @param parser the parser to read through
     */
    public StrictParser(JsonParser parser) {
        this(parser, null);
    }

    /**
     * Reads through {@code parser}, which must not detect duplicates itself, nor accept control characters
     * unescaped, and which reads {@code input}: texts are checked once a backslash or DEL byte has been read
     * ({@link Utf8Input#escapesOrDeletesRead()}), since before that none can hold a refused character.
     *
     * @param parser the parser to read through
     * @param input the bytes {@code parser} reads, or null to check every text
     */
    public StrictParser(JsonParser parser, Utf8Input input) {
        super(parser);
        this.input = input;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return tracked(delegate.nextToken());
    }

    // The parser's own nextFieldName and nextTextValue are faster than nextToken: keep them.

    @Override
    public String nextFieldName() throws IOException {
        String name = delegate.nextFieldName();
        if (name == null) {
            return tracked(null);
        }
        key(name);
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
        return tracked(delegate.nextFieldName(expected));
    }

    @Override
    public String nextTextValue() throws IOException {
        return tracked(delegate.nextTextValue());
    }

    /** Checks the token the parser has just read, and returns what reading it returned. */
    private <T> T tracked(T read) throws IOException {
        JsonToken token = delegate.currentToken();
        if (token != null) {
            track(token);
        }
        return read;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (!hasToken(JsonToken.START_OBJECT) && !hasToken(JsonToken.START_ARRAY)) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private void track(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                if (depth == keys.size()) {
                    keys.add(new Keys());
                } else {
                    keys.get(depth).clear();
                }
                depth++;
            }
            case START_ARRAY -> {
                if (depth == keys.size()) {
                    keys.add(new Keys());
                }
                depth++;
            }
            case END_OBJECT, END_ARRAY -> depth--;
            case FIELD_NAME -> key(delegate.currentName());
            case VALUE_STRING -> checkText(delegate.getText());
            default -> {
            }
        }
    }

    /**
     * Leaves finding a key given twice in the object the parser has just started to the caller, which reads
     * that object and knows its keys better (the record reader's bitset over a record's components). The keys'
     * texts are still checked.
     */
    public void keysCheckedByCaller() {
        keys.get(depth - 1).byCaller = true;
    }

    /** Checks a key the parser has just read: its text, and that its object does not have it yet. */
    private void key(String name) throws IOException {
        checkText(name);
        if (!keys.get(depth - 1).add(name)) {
            throw new InputRefusal(Refusals.mismatch(path(delegate.getParsingContext()),
                    "Duplicate field '" + name + "'", delegate.currentLocation()));
        }
    }

    private void checkText(String text) throws IOException {
        if (input != null && !input.escapesOrDeletesRead()) {
            return;
        }
        int at = Limits.firstRefusedCharacter(text);
        if (at >= 0) {
            throw new InputRefusal(Refusals.format(path(delegate.getParsingContext()), String.format(Locale.ROOT,
                    "Text holds U+%04X at index %d: no control character (other than tab and line feed), DEL or"
                            + " lone surrogate is accepted", (int) text.charAt(at), at),
                    delegate.currentLocation(), text));
        }
    }

    /** The keys of one object: a short array (a record has a dozen properties at most), a set beyond. */
    private static final class Keys {
        private static final int SHORT = 16;
        private final String[] names = new String[SHORT];
        private int count;
        private Set<String> more;
        /** Whether the caller reading this object finds a repeated key itself. */
        private boolean byCaller;

        void clear() {
            count = 0;
            more = null;
            byCaller = false;
        }

        /** Adds the key; false if the object already had it. */
        boolean add(String name) {
            if (byCaller) {
                return true;
            }
            for (int i = 0; i < count; i++) {
                String seen = names[i];
                if (seen == name || seen.equals(name)) {
                    return false;
                }
            }
            if (count < SHORT) {
                names[count++] = name;
                return true;
            }
            if (more == null) {
                more = new HashSet<>();
            }
            return more.add(name);
        }
    }

    /**
     * The path of where the parser stands, as references from the document down.
     *
     * @param context where the parser stands
     * @return the references, from the document down
     */
    public static List<JsonMappingException.Reference> path(JsonStreamContext context) {
        List<JsonMappingException.Reference> path = new ArrayList<>();
        for (JsonStreamContext ctx = context; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inArray()) {
                path.add(0, new JsonMappingException.Reference(null, Math.max(ctx.getCurrentIndex(), 0)));
            } else if (ctx.getCurrentName() != null) {
                path.add(0, new JsonMappingException.Reference(null, ctx.getCurrentName()));
            }
        }
        return path;
    }
}

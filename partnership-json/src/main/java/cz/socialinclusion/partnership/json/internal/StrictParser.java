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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parser the dossier reader reads through: it refuses, token by token and with the JSON path, a key given
 * twice in one object ({@link Refusals.Mismatch}) and text holding a character
 * {@link Limits#firstRefusedCharacter} finds ({@link Refusals.Format}), before databind sees either. It tracks
 * the keys of each open object itself, so a duplicate is known without reading any exception's message.
 *
 * <p>A reader that reads the underlying parser ({@link #delegate()}) directly, as {@link RecordReader} does for
 * the model's records, finds repeated keys itself and checks texts through {@link #checkText(String)} when
 * {@link #checksTexts()}: the two may take turns on one document, since which object a key belongs to is told
 * by the parser's own context (its depth, and the key's index in it), not by counting the tokens this parser
 * saw.
 */
public final class StrictParser extends JsonParserDelegate {

    /** The keys seen in the open object at each depth (reused from one object to the next at that depth). */
    private Keys[] keys = new Keys[8];
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
        if (name != null) {
            key(name);
        }
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
        if (token == JsonToken.FIELD_NAME) {
            key(delegate.currentName());
        } else if (token == JsonToken.VALUE_STRING) {
            string();
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

    /**
     * Reads the next key of an object whose reader finds a key given twice itself (as {@link RecordReader} does
     * with a bitset over a record's components, the money and period reader with its two fields). From a strict
     * parser it is read straight from the underlying one, its text checked and the set of keys not kept; from
     * any other parser, as that parser reads it.
     *
     * @param p the parser the reader was given
     * @return the key, or null at the end of the object
     * @throws IOException if the input is refused or cannot be read
     */
    public static String nextFieldNameKeptByCaller(JsonParser p) throws IOException {
        if (!(p instanceof StrictParser strict)) {
            return p.nextFieldName();
        }
        String name = strict.delegate.nextFieldName();
        if (name != null && strict.checksTexts()) {
            strict.checkText(name);
        }
        return name;
    }

    /**
     * Reads the next token where a value (or the end of an array) stands. From a strict parser it is read straight
     * from the underlying one, a string's text checked; from any other parser, as that parser reads it.
     *
     * @param p the parser the reader was given
     * @return the token
     * @throws IOException if the input is refused or cannot be read
     */
    public static JsonToken nextValueToken(JsonParser p) throws IOException {
        if (!(p instanceof StrictParser strict)) {
            return p.nextToken();
        }
        JsonToken token = strict.delegate.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            strict.string();
        }
        return token;
    }

    /**
     * Reads the string the parser stands on to its end, checking its text. Read to its end whether checked or
     * not: where the parser stands then, and so the location a refusal of this value gives, does not depend on
     * whether a backslash has been read yet (which differs between a document read from memory, checked whole
     * beforehand, and one read from a stream).
     */
    private void string() throws IOException {
        String text = delegate.getText();
        if (checksTexts()) {
            checkText(text);
        }
    }

    /**
     * Checks a key the parser has just read: its text, and that its object does not have it yet. The object is
     * the parser's context: its first key (index 0) starts a new set of keys at its depth.
     */
    private void key(String name) throws IOException {
        if (checksTexts()) {
            checkText(name);
        }
        JsonStreamContext context = delegate.getParsingContext();
        int depth = context.getNestingDepth();
        if (depth >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(depth + 1, keys.length * 2));
        }
        Keys seen = keys[depth];
        if (seen == null) {
            seen = new Keys();
            keys[depth] = seen;
        }
        if (context.getCurrentIndex() == 0) {
            seen.clear();
        }
        if (!seen.add(name)) {
            throw new InputRefusal(Refusals.mismatch(path(context), "Duplicate field '" + name + "'",
                    delegate.currentLocation()));
        }
    }

    /**
     * Whether texts must be checked: when every text is (no input given), or once a backslash or DEL byte has
     * been read.
     *
     * @return whether {@link #checkText(String)} must see the texts read from now on
     */
    public boolean checksTexts() {
        return input == null || input.escapesOrDeletesRead();
    }

    /**
     * Refuses a text the parser has just read (a key or a string value) if it holds a character
     * {@link Limits#firstRefusedCharacter} finds, with the JSON path of where the parser stands.
     *
     * @param text the text of the current token
     * @throws IOException the refusal, which the dossier reader reports as a {@link Refusals.Format}
     */
    public void checkText(String text) throws IOException {
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

        void clear() {
            count = 0;
            more = null;
        }

        /** Adds the key; false if the object already had it. */
        boolean add(String name) {
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

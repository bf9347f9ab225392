package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import cz.socialinclusion.partnership.Limits;

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

    /** The keys seen in each open object, by depth; arrays hold null. */
    private final List<Set<String>> keys = new ArrayList<>();
    private int depth;

    /**
     * Reads through {@code parser}, which must not detect duplicates itself.
     *
     * @param parser the parser to read through
     */
    public StrictParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT -> open(true);
            case START_ARRAY -> open(false);
            case END_OBJECT, END_ARRAY -> depth--;
            case FIELD_NAME -> {
                String name = delegate.currentName();
                checkText(name);
                Set<String> seen = keys.get(depth - 1);
                if (!seen.add(name)) {
                    throw new InputRefusal(Refusals.mismatch(path(delegate.getParsingContext()),
                            "Duplicate field '" + name + "'", delegate.currentLocation()));
                }
            }
            case VALUE_STRING -> checkText(delegate.getText());
            default -> {
            }
        }
        return token;
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

    private void open(boolean object) {
        if (depth == keys.size()) {
            keys.add(object ? new HashSet<>() : null);
        } else if (object) {
            Set<String> set = keys.get(depth);
            if (set == null) {
                keys.set(depth, new HashSet<>());
            } else {
                set.clear();
            }
        }
        depth++;
    }

    private void checkText(String text) throws IOException {
        int at = Limits.firstRefusedCharacter(text);
        if (at >= 0) {
            throw new InputRefusal(Refusals.format(path(delegate.getParsingContext()), String.format(Locale.ROOT,
                    "Text holds U+%04X at index %d: no control character (other than tab and line feed), DEL or"
                            + " lone surrogate is accepted", (int) text.charAt(at), at),
                    delegate.currentLocation(), text));
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

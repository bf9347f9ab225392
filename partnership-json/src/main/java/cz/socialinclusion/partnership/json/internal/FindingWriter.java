package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import cz.socialinclusion.partnership.rules.Finding;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes a finding with its message rendered in the mapper's locale ({@code ObjectMapper.setLocale}):
 * English unless Czech is set. The message is not read back: it follows from the code and arguments.
 */
public final class FindingWriter extends StdSerializer<Finding> {

    private static final long serialVersionUID = 1L;

    /** The writer. */
    public FindingWriter() {
        super(Finding.class);
    }

    @Override
    public void serialize(Finding f, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("rule", f.rule().id());
        gen.writeStringField("code", f.code().id());
        gen.writeStringField("severity", EnumNamingStrategies.KEBAB_CASE.convertEnumToExternalName(f.severity().name()));
        gen.writeFieldName("subject");
        provider.defaultSerializeValue(f.subject(), gen);
        if (f.quarter() != null) {
            gen.writeStringField("quarter", f.quarter().toString());
        }
        if (f.due() != null) {
            gen.writeStringField("due", f.due().toString());
        }
        gen.writeArrayFieldStart("arguments");
        for (String argument : f.argumentTexts()) {
            gen.writeString(argument);
        }
        gen.writeEndArray();
        if (!f.facts().isEmpty()) {
            gen.writeArrayFieldStart("facts");
            for (String fact : f.facts()) {
                gen.writeString(fact);
            }
            gen.writeEndArray();
        }
        Locale locale = provider.getLocale() == null ? Locale.ENGLISH : provider.getLocale();
        gen.writeStringField("message", f.message(locale));
        gen.writeEndObject();
    }
}

package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes a day of the model as the string {@link LocalDate#toString()} gives ({@code 2010-06-23}), its ten
 * characters put straight into the generator for years 1000 to 9999 (every day the model accepts), through
 * {@code toString()} for any other.
 */
public final class DayWriter extends StdSerializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    /** The writer; it keeps no state. */
    public static final DayWriter INSTANCE = new DayWriter();

    private DayWriter() {
        super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate day, JsonGenerator gen, SerializerProvider provider) throws IOException {
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            gen.writeString(day.toString());
            return;
        }
        char[] text = new char[10];
        text[0] = digit(year / 1000);
        text[1] = digit(year / 100 % 10);
        text[2] = digit(year / 10 % 10);
        text[3] = digit(year % 10);
        text[4] = '-';
        int month = day.getMonthValue();
        text[5] = digit(month / 10);
        text[6] = digit(month % 10);
        text[7] = '-';
        int dayOfMonth = day.getDayOfMonth();
        text[8] = digit(dayOfMonth / 10);
        text[9] = digit(dayOfMonth % 10);
        gen.writeString(text, 0, text.length);
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    /** A day is a JSON string, preceded by its type id where the host's typing asks for one. */
    @Override
    public void serializeWithType(LocalDate day, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
            throws IOException {
        WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(day, JsonToken.VALUE_STRING));
        serialize(day, gen, provider);
        typeSer.writeTypeSuffix(gen, typeId);
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType typeHint) throws JsonMappingException {
        visitStringFormat(visitor, typeHint);
    }
}

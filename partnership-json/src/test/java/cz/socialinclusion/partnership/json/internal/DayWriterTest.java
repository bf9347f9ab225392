package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The day writer writes what {@code LocalDate.toString()} gives, for every day the model takes and beyond. */
class DayWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(LocalDate.class, DayWriter.INSTANCE)).build();

    @Test
    void everyDayFrom1900To2200AndSomeFarOnesAreWrittenAsToStringWritesThem() throws Exception {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(LocalDate.of(2200, 12, 31)); day = day.plusDays(1)) {
            days.add(day);
        }
        for (int year : new int[] {-1, 0, 1, 999, 1000, 1001, 1999, 9998, 9999, 10_000, 123_456}) {
            days.add(LocalDate.of(year, 1, 1));
            days.add(LocalDate.of(year, 12, 31));
        }
        days.add(LocalDate.MIN);
        days.add(LocalDate.MAX);
        String expected = days.stream().map(day -> "\"" + day + "\"").collect(Collectors.joining(",", "[", "]"));
        assertThat(MAPPER.writeValueAsString(days)).isEqualTo(expected);
    }

    @Test
    void aDayWithATypeIdIsWrittenAsToStringSerializerWroteIt() throws Exception {
        record Planned(Object day) {
        }
        JsonMapper typed = MAPPER.rebuild().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType(LocalDate.class).build(), ObjectMapper.DefaultTyping.NON_FINAL).build();
        JsonMapper before = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
                .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType(LocalDate.class).build(),
                        ObjectMapper.DefaultTyping.NON_FINAL).build();
        Planned planned = new Planned(LocalDate.of(2010, 6, 23));
        assertThat(typed.writeValueAsString(planned)).isEqualTo(before.writeValueAsString(planned))
                .contains("2010-06-23").contains("java.time.LocalDate");
    }
}

package cz.socialinclusion.partnership.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;

import java.io.IOException;

/** A {@link Dossier} is written and read as its {@link DossierDocument}. */
public final class DossierSerde {

    private DossierSerde() {
    }

    /** Writes a dossier as its document. */
    public static final class Writer extends StdSerializer<Dossier> {
        private static final long serialVersionUID = 1L;

        /** The writer. */
        public Writer() {
            super(Dossier.class);
        }

        @Override
        public void serialize(Dossier value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(DossierDocument.of(value), gen);
        }
    }

    /** Reads a dossier from its document; a plan or project that does not fit is refused with its path. */
    public static final class Reader extends StdDeserializer<Dossier> {
        private static final long serialVersionUID = 1L;

        /** The reader. */
        public Reader() {
            super(Dossier.class);
        }

        @Override
        public Dossier deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            DossierDocument document = RecordReader.read(p, ctxt, DossierDocument.class);
            try {
                return document.toDossier();
            } catch (InvalidValueException e) {
                throw CheckedInstantiators.invalid(ctxt, Dossier.class, e, ModelRecords.of(Dossier.class));
            }
        }
    }
}

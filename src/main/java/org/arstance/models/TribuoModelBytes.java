package org.arstance.models;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.oracle.labs.mlrg.olcut.config.protobuf.ProtoProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelDataProto;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;

/**
 * Tribuo models as reproducible bytes. Tribuo stamps each model's provenance with the wall-clock
 * training time; arstance replaces that one field by a fixed time (its own provenance says when
 * and from what a model file was made) so that the same data, config and seed give the same
 * bytes. Everything else (parameters, feature and label domains, trainer and dataset
 * provenance) is Tribuo's own protobuf serialization.
 *
 * <p>Every Tribuo model proto keeps its {@code ModelDataProto} (name, provenance, domains) in
 * field 1, {@code metadata}; that field is rewritten and the rest is left as Tribuo wrote it.
 */
final class TribuoModelBytes {

    private static final int METADATA_FIELD = 1;
    /** Tribuo's own provenance serializer settings (as its {@code ModelDataCarrier} uses). */
    private static final ProtoProvenanceSerialization PROVENANCE = new ProtoProvenanceSerialization(false);

    private TribuoModelBytes() {
    }

    static byte[] toBytes(Model<Label> model) {
        ModelProto proto = model.serialize();
        Any data = proto.getSerializedData();
        try {
            UnknownFieldSet fields = UnknownFieldSet.parseFrom(data.getValue());
            UnknownFieldSet.Field metaField = fields.getField(METADATA_FIELD);
            if (metaField.getLengthDelimitedList().size() != 1) {
                throw new IllegalStateException("unexpected Tribuo model layout for " + proto.getClassName());
            }
            ModelDataProto meta = ModelDataProto.parseFrom(metaField.getLengthDelimitedList().get(0));
            ModelDataProto fixed = fixTime(meta);
            UnknownFieldSet rewritten = UnknownFieldSet.newBuilder(fields)
                    .clearField(METADATA_FIELD)
                    .addField(METADATA_FIELD, UnknownFieldSet.Field.newBuilder().addLengthDelimited(fixed.toByteString()).build())
                    .build();
            return proto.toBuilder()
                    .setSerializedData(data.toBuilder().setValue(rewritten.toByteString()))
                    .build()
                    .toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot re-encode Tribuo model " + proto.getClassName(), e);
        }
    }

    /** Only the provenance is decoded and rewritten: the feature and label domains keep Tribuo's bytes. */
    private static ModelDataProto fixTime(ModelDataProto meta) {
        ModelProvenance p = (ModelProvenance) ProvenanceUtil.unmarshalProvenance(
                PROVENANCE.deserializeFromProto(meta.getProvenance()));
        ModelProvenance fixed = new ModelProvenance(p.getClassName(), TribuoClassifierTrainer.FIXED_TIME,
                p.getDatasetProvenance(), p.getTrainerProvenance(), Map.of(), true);
        return meta.toBuilder().setProvenance(PROVENANCE.serializeToProto(ProvenanceUtil.marshalProvenance(fixed))).build();
    }

    @SuppressWarnings("unchecked")
    static Model<Label> read(byte[] bytes) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(bytes));
            if (!model.validate(Label.class)) {
                throw new IllegalArgumentException("not a classification model");
            }
            return (Model<Label>) model;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not a Tribuo model: " + e.getMessage(), e);
        }
    }
}

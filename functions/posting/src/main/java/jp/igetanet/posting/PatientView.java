package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.storage.FileStore;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A patient as the care team sees it, with the §16 notice. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Patient")
public record PatientView(
        @Schema(description = "療養者ID") String id,
        @Schema(description = "療養者の地域ネットワーク（その規約が適用されます）") String networkId,
        String name,
        String kana,
        LocalDate birthDate,
        @Schema(description = "性別コード") String sex,
        @Schema(description = "性別") String sexLabel,
        String address,
        @Nullable String medicalInsurerNumber,
        @Nullable String careInsurerNumber,
        @Schema(description = "版。変更のときに送り返します。") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "第16条の注意書き") String notice) {

    /** §16: the shared record is reference information, not the original medical record. */
    static final String NOTICE = "いげたネットの情報は参考情報であり、診療録等の原本ではありません（利用規約第16条）。";

    static PatientView from(Patient p) {
        return new PatientView(p.id(), p.networkId(), p.name(), p.kana(), p.birthDate(), p.sex().code(),
                p.sex().label(), p.address(), p.medicalInsurerNumber(), p.careInsurerNumber(), p.version(),
                p.createdAt(), p.updatedAt(), NOTICE);
    }

    /** One page of the caller's patients. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PatientPage")
    public record Page(List<Listed> items, @Nullable String nextCursor, @Schema(description = "第16条の注意書き") String notice) {
    }

    /** One of the caller's patients in a list, with the posts the caller has not read. */
    @Serdeable
    @Schema(name = "PatientListEntry")
    public record Listed(String id, String name, String kana, LocalDate birthDate, String sex, String sexLabel,
                         @Schema(description = "未読の投稿の数（ケアチームに加わってからの投稿のうち、既読にしていないもの）")
                         long unread) {

        static Listed from(PatientDesk.Listed listed) {
            Patient p = listed.patient();
            return new Listed(p.id(), p.name(), p.kana(), p.birthDate(), p.sex().code(), p.sex().label(), listed.unread());
        }
    }

    /** A started upload of a scanned consent form: where to PUT it, and the headers the PUT must carry as they are. */
    @Serdeable
    @Schema(name = "ConsentFormUpload")
    public record Upload(
            @Schema(description = "療養者の登録で consent.formId に送る値") String formId,
            @Schema(description = "同意書を PUT する URL（数分で無効になります）") URI uploadUrl,
            @Schema(description = "PUT のメソッド") String method,
            @Schema(description = "PUT にそのまま付けるヘッダー（Content-Type と Content-Length）。URL の署名に含まれるので、"
                    + "申告と違う形式や大きさの PUT は 403 で拒否されます") Map<String, String> uploadHeaders,
            @Schema(description = "PUT に付ける Content-Type（申告したものと同じ）") String contentType,
            @Schema(description = "URL の有効期限") Instant expiresAt,
            @Schema(description = "ファイルの上限（バイト）") long maxBytes) {

        /** The answer to a started upload of the scanned {@code file}. */
        static Upload of(String formId, URI uploadUrl, FileStore.DeclaredFile file, Instant expiresAt) {
            return new Upload(formId, uploadUrl, "PUT", file.uploadHeaders(), file.contentType(), expiresAt,
                    FileStore.MAX_BYTES);
        }
    }
}

package jp.igetanet.posting;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** The OpenAPI description of the posting function's routes, generated at build time. */
@OpenAPIDefinition(info = @Info(
        title = "igetanet-posting",
        version = "0.1",
        description = "いげたネット 連絡帳API: 同意を得た療養者の登録、ケアチーム（第13条・第14条第1項）。"
                + "連絡帳の情報は参考情報であり、診療録等の原本ではありません（第16条）。",
        license = @License(name = "Apache-2.0")))
public interface PostingApi {
}

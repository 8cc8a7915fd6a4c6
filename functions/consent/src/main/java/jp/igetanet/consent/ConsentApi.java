package jp.igetanet.consent;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** The OpenAPI description of the consent function's routes, generated at build time. */
@OpenAPIDefinition(info = @Info(
        title = "igetanet-consent",
        version = "0.1",
        description = "いげたネット 同意API: 療養者の情報共有への同意の履歴と、同意の取り直し（第14条）。",
        license = @License(name = "Apache-2.0")))
public interface ConsentApi {
}

package jp.igetanet.idissuance;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description of the ID issuance function's routes, generated at build time. */
@OpenAPIDefinition(
        info = @Info(
                title = "igetanet-id-issuance",
                version = "0.1",
                description = "いげたネット ユーザーID管理API: ユーザーIDの付与・再発行・利用停止、ログイン中の利用者情報（第5条・第6条・第10条・第19条・第24条）。",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "cognito"))
@SecurityScheme(name = "cognito", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Cognito ユーザープールが発行したアクセストークン")
public interface IdIssuanceApi {
}

package jp.igetanet.portal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** The OpenAPI description of the portal function's routes, generated at build time. */
@OpenAPIDefinition(info = @Info(
        title = "igetanet-portal",
        version = "0.1",
        description = "いげたネット ポータルAPI: 参加施設の紹介、お知らせ、利用規約、サービスの稼働状況（第17条・第18条）。",
        license = @License(name = "Apache-2.0")))
public interface PortalApi {
}

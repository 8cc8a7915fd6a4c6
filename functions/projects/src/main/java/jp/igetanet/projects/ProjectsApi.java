package jp.igetanet.projects;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** The OpenAPI description of the projects function's routes, generated at build time. */
@OpenAPIDefinition(info = @Info(
        title = "igetanet-projects",
        version = "0.1",
        description = "いげたネット プロジェクトAPI: 地域の利用者による研修・情報交換・事務連絡・地域ケア会議のためのプロジェクト"
                + "（第2条）。療養者の情報はプロジェクトに書かず、連絡帳に書いてください（第13条）。",
        license = @License(name = "Apache-2.0")))
public interface ProjectsApi {
}

package jp.igetanet.operations;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** The OpenAPI description of the operations function's routes, generated at build time. */
@OpenAPIDefinition(info = @Info(
        title = "igetanet-operations",
        version = "0.1",
        description = "いげたネット 運用API: 情報セキュリティ事故・不具合などの報告と、事務局による対応の記録（第21条）。",
        license = @License(name = "Apache-2.0")))
public interface OperationsApi {
}

package jp.igetanet.registration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/** The OpenAPI description of the registration function's routes, generated at build time. */
@OpenAPIDefinition(info = @Info(
        title = "igetanet-registration",
        version = "0.1",
        description = "いげたネット 利用登録API: 施設の利用登録の申請（様式第1）と事務局の審査（第4条・第6条・第8条・第9条・第27条）。",
        license = @License(name = "Apache-2.0")))
public interface RegistrationApi {
}

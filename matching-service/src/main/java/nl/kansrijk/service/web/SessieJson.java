package nl.kansrijk.service.web;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The signed-in user, the CSRF token to send with every change and the account's roles ({@code POST /api/login},
 * {@code GET /api/sessie}; schema {@code Sessie} of openapi.json).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessieJson(String gebruiker, String csrfToken, List<String> rollen) {
}

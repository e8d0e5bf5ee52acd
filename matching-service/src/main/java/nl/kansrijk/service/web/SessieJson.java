package nl.kansrijk.service.web;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The signed-in user and the CSRF token to send with every change ({@code POST /api/login}, {@code GET /api/sessie};
 * schema {@code Sessie} of openapi.json).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessieJson(String gebruiker, String csrfToken) {
}

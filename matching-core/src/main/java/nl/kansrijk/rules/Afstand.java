package nl.kansrijk.rules;

/** Great-circle distance between WGS84 points, in whole km, as every distance rule uses it. */
public final class Afstand {

    /** Mean Earth radius in km (IUGG). */
    public static final double AARDSTRAAL_KM = 6371.0088;

    private Afstand() {
    }

    /** Haversine distance in km between two WGS84 points, rounded to the nearest whole km. */
    public static int km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        double c = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        return (int) Math.round(AARDSTRAAL_KM * c);
    }
}

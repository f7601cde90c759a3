package org.custodia.analytics.internal;

import ua_parser.Client;
import ua_parser.Parser;

/**
 * Browser family and device class from the user agent, by the ua-parser project's maintained rules
 * (uap-java: small, pure Java, no start-up cost to speak of, unlike a full device database). Only
 * the family ("Firefox") and the class ("mobile") are kept, never the version or the device model,
 * which narrow a visitor down. Parsing runs on the writer's thread, never the request's.
 */
final class Browsers {

    record Kind(String browser, String device) {}

    private final Parser parser = new Parser();

    Kind of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Kind("Unknown", "unknown");
        }
        Client client = parser.parse(userAgent);
        String family = client.userAgent == null ? "Other" : client.userAgent.family;
        String device = client.device == null ? "Other" : client.device.family;
        String os = client.os == null ? "Other" : client.os.family;
        return new Kind(family, deviceClass(device, os, userAgent));
    }

    private static String deviceClass(String device, String os, String userAgent) {
        if ("Spider".equals(device)) {
            return "bot";
        }
        if (device.contains("iPad") || device.contains("Tablet") || userAgent.contains("Tablet")) {
            return "tablet";
        }
        if (os.equals("Android")) {
            return userAgent.contains("Mobile") ? "mobile" : "tablet";
        }
        if (os.equals("iOS") || userAgent.contains("Mobile")) {
            return "mobile";
        }
        return "desktop";
    }
}

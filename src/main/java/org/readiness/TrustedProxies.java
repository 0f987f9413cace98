package org.readiness;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.readiness.base.ReadinessProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * X-Forwarded-For, -Proto, -Host and -Port count only when the request comes from a proxy named in
 * {@code readiness.proxies.trusted} (addresses and IPv4 ranges such as {@code 10.0.0.0/8}, comma-separated). Empty,
 * the default, means no proxy: the headers are ignored, as a client can write anything in them. Tomcat's
 * RemoteIpValve (which Spring Boot adds for {@code server.forward-headers-strategy=native}) would otherwise trust
 * every private address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    private final List<String> trusted;

    TrustedProxies(ReadinessProperties properties) {
        this.trusted = Arrays.stream(properties.proxies().trusted().split(",")).map(String::strip).filter(each -> !each.isEmpty()).toList();
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<Valve> valves = new ArrayList<>(factory.getEngineValves());
        if (trusted.isEmpty()) {
            valves.removeIf(RemoteIpValve.class::isInstance);
        } else {
            String proxies = regex(trusted);
            valves.stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                    .forEach(valve -> {
                        valve.setInternalProxies(proxies);
                        valve.setTrustedProxies(null);
                    });
        }
        factory.setEngineValves(valves);
    }

    /** One regular expression matching exactly the named addresses and ranges, as Tomcat writes addresses. */
    static String regex(List<String> addresses) {
        return addresses.stream().map(TrustedProxies::regex).collect(Collectors.joining("|"));
    }

    private static String regex(String address) {
        String[] parts = address.split("/", 2);
        String host = parts[0];
        if (IPV4.matcher(host).matches()) {
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
            if (prefix < 0 || prefix > 32) {
                throw invalid(address);
            }
            int[] octets = Arrays.stream(host.split("\\.")).mapToInt(Integer::parseInt).toArray();
            return IntStream.range(0, 4).mapToObj(i -> octet(octets[i], prefix - 8 * i))
                    .collect(Collectors.joining("\\."));
        }
        if (IPV6.matcher(host).matches() && parts.length == 1) {
            try {
                // Tomcat writes IPv6 addresses as Java does: 0:0:0:0:0:0:0:1
                return Pattern.quote(InetAddress.getByName(host).getHostAddress());
            } catch (UnknownHostException e) {
                throw invalid(address);
            }
        }
        throw invalid(address);
    }

    /** The values an octet may take when {@code fixedBits} of its 8 bits are given by the range. */
    private static String octet(int value, int fixedBits) {
        if (value > 255) {
            throw new IllegalArgumentException("not an IPv4 octet: " + value);
        }
        if (fixedBits >= 8) {
            return Integer.toString(value);
        }
        if (fixedBits <= 0) {
            return "\\d{1,3}";
        }
        int free = 8 - fixedBits;
        int low = (value >> free) << free;
        int high = low + (1 << free) - 1;
        return IntStream.rangeClosed(low, high).mapToObj(Integer::toString).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static IllegalStateException invalid(String address) {
        return new IllegalStateException("readiness.proxies.trusted: \"" + address + "\" is neither an IP address "
                + "nor an IPv4 range such as 10.0.0.0/8 (IPv6 proxies are named one address at a time).");
    }
}

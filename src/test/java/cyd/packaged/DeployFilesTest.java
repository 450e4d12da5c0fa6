package cyd.packaged;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The files in deploy/ that a council's IT team applies as they are: the Kubernetes manifests are read into the typed
 * Kubernetes model (fabric8's, generated from the Kubernetes API's own schemas) with no field it does not know, and
 * their parts agree (selectors, probes, secrets, the time given to stop); compose.yaml pins every image; and every
 * setting either passes to Cyd is one Cyd has.
 */
class DeployFilesTest {

    static final Path K8S = Path.of("deploy", "kubernetes");
    static final Path COMPOSE = Path.of("deploy");

    @Test
    void everyKubernetesDocumentIsAKubernetesObjectWithNoUnknownField() throws IOException {
        List<HasMetadata> all = manifests();
        assertEquals(Set.of("ConfigMap", "Deployment", "Service", "Ingress", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "NetworkPolicy", "Secret"),
                new TreeSet<>(all.stream().map(HasMetadata::getKind).toList()));
        List<String> unknown = new ArrayList<>();
        for (HasMetadata o : all) {
            unknownFields(o, o.getKind() + "/" + o.getMetadata().getName(), unknown);
        }
        assertThat("fields the Kubernetes API does not have", unknown, empty());
    }

    @Test
    void unknownFieldsAreCaught() {
        // The check above would pass whatever it read if it could not see a misspelt field: show that it does.
        HasMetadata d = new KubernetesSerialization().unmarshal("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: x\nspec:\n  replica: 2\n  template:\n    spec:\n      containers:\n        - name: c\n"
                + "          imagePullPolcy: Always\n", HasMetadata.class);
        List<String> unknown = new ArrayList<>();
        unknownFields(d, "Deployment/x", unknown);
        assertEquals(Set.of("Deployment/x.spec: replica", "Deployment/x.spec.template.spec.containers[0]: imagePullPolcy"),
                Set.copyOf(unknown));
    }

    @Test
    void thePartsOfTheKubernetesManifestsAgree() throws IOException {
        List<HasMetadata> all = manifests();
        Deployment deployment = one(all, Deployment.class);
        Map<String, String> pods = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(deployment.getSpec().getReplicas() >= 2, "at least two pods");
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                "a rolling update never has fewer pods serving");
        assertTrue(selects(deployment.getSpec().getSelector().getMatchLabels(), pods));
        assertTrue(selects(one(all, Service.class).getSpec().getSelector(), pods), "the Service finds the pods");
        assertTrue(selects(one(all, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels(), pods));
        assertTrue(selects(one(all, NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels(), pods));
        HorizontalPodAutoscaler hpa = one(all, HorizontalPodAutoscaler.class);
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "the autoscaler never goes below two");
        Ingress ingress = one(all, Ingress.class);
        assertEquals(one(all, Service.class).getMetadata().getName(),
                ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName());

        Container cyd = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("http", cyd.getPorts().get(0).getName());
        assertEquals(8080, cyd.getPorts().get(0).getContainerPort());
        assertProbe(cyd.getReadinessProbe(), "/q/health/ready");
        assertProbe(cyd.getLivenessProbe(), "/q/health/live");
        assertProbe(cyd.getStartupProbe(), "/q/health/started");
        assertTrue(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
        assertTrue(cyd.getSecurityContext().getReadOnlyRootFilesystem());
        // 5 s served after readiness goes DOWN, then up to 30 s for requests under way (application.properties).
        assertTrue(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds() > 35,
                "Kubernetes waits longer than Cyd takes to stop cleanly");

        Secret secret = one(all, Secret.class);
        ConfigMap settings = one(all, ConfigMap.class);
        assertEquals(settings.getMetadata().getName(), cyd.getEnvFrom().get(0).getConfigMapRef().getName());
        Set<String> names = new TreeSet<>(settings.getData().keySet());
        for (EnvVar e : cyd.getEnv()) {
            names.add(e.getName());
            if (e.getValueFrom() != null) {
                assertEquals(secret.getMetadata().getName(), e.getValueFrom().getSecretKeyRef().getName());
                assertTrue(secret.getStringData().containsKey(e.getValueFrom().getSecretKeyRef().getKey()),
                        e.getName() + " is in the example Secret");
            }
        }
        assertTrue(names.contains("CYD_SESSION_SECRET") && names.contains("QUARKUS_DATASOURCE_JDBC_URL"));
        assertKnownSettings("deploy/kubernetes", names);
    }

    @Test
    void composePinsEveryImageAndPassesOnlySettingsCydHas() throws IOException {
        // SnakeYAML resolves anchors, aliases and merge keys (<<: *cyd) as Compose does.
        JsonNode compose = new ObjectMapper().valueToTree(new org.yaml.snakeyaml.Yaml()
                .load(Files.readString(COMPOSE.resolve("compose.yaml"))));
        JsonNode services = compose.get("services");
        assertTrue(services.has("cyd1") && services.has("cyd2") && services.has("mysql") && services.has("proxy")
                && services.has("mail"), "two Cyds, MySQL, a TLS proxy and a mail catcher");
        Pattern pinned = Pattern.compile("[^:@]+(:v?[0-9]+\\.[0-9]+[0-9A-Za-z.+_-]*)(@sha256:[0-9a-f]{64})?");
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> s : (Iterable<Map.Entry<String, JsonNode>>) services::fields) {
            String image = s.getValue().path("image").asText();
            assertTrue(pinned.matcher(image.replaceAll("\\$\\{CYD_VERSION:-([^}]+)}", "$1")).matches(),
                    s.getKey() + "'s image names an exact version: " + image);
            if (s.getKey().startsWith("cyd")) {
                s.getValue().path("environment").fieldNames().forEachRemaining(names::add);
                assertTrue(s.getValue().path("healthcheck").path("test").toString().contains("/q/health/ready"));
            }
        }
        assertEquals(List.of("cyd1", "cyd2"), iterableNames(services.get("proxy").path("depends_on")),
                "the proxy starts once both Cyds are healthy");
        assertKnownSettings("deploy/compose/compose.yaml", names);
        for (String line : Files.readAllLines(COMPOSE.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String var = line.split("=", 2)[0];
                assertTrue(Files.readString(COMPOSE.resolve("compose.yaml")).contains("${" + var),
                        ".env.example's " + var + " is used by compose.yaml");
            }
        }
    }

    private static List<String> iterableNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Every name is a setting README.md's configuration table or deploy/README.md gives, or the JVM's own. */
    static void assertKnownSettings(String where, Collection<String> names) throws IOException {
        String docs = Files.readString(Path.of("README.md")) + Files.readString(Path.of("deploy", "README.md"));
        Set<String> known = new TreeSet<>(Set.of("JAVA_TOOL_OPTIONS"));
        Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]{3,})(`|=)").matcher(docs);
        while (m.find()) {
            known.add(m.group(1));
        }
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        assertThat(where + " passes settings that neither README.md nor deploy/README.md names", unknown, empty());
    }

    private static void assertProbe(Probe probe, String path) {
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static <T> T one(List<HasMetadata> all, Class<T> type) {
        List<T> found = all.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName());
        return found.get(0);
    }

    static List<HasMetadata> manifests() throws IOException {
        KubernetesSerialization k8s = new KubernetesSerialization();
        List<HasMetadata> out = new ArrayList<>();
        for (String file : List.of("cyd.yaml", "secret.example.yaml")) {
            for (String doc : Files.readString(K8S.resolve(file)).split("(?m)^---$")) {
                if (!doc.replaceAll("(?m)^#.*$", "").isBlank()) {
                    out.add(k8s.unmarshal(doc, HasMetadata.class));
                }
            }
        }
        return out;
    }

    /** Walks a model object; where the model kept a field it has no place for, that field is unknown to Kubernetes. */
    static void unknownFields(Object o, String path, List<String> unknown) {
        if (o == null || !o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> unknown.add(path + ": " + k));
                continue;
            }
            String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    unknownFields(list.get(i), path + "." + field + "[" + i + "]", unknown);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> unknownFields(v, path + "." + field + "." + k, unknown));
            } else {
                unknownFields(value, path + "." + field, unknown);
            }
        }
    }
}

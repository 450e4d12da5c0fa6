package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation constraint on a type that is {@link Said} in a bundle names a message that bundle has, so a
 * client that breaks it is told why in its language rather than shown a key.
 */
class ValidationTest {

    @Test
    void everyConstraintNamesAMessageOfItsBundle() throws Exception {
        List<String> checked = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        for (JavaClass jc : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cyd")) {
            Class<?> type = Class.forName(jc.getName(), false, getClass().getClassLoader());
            Said said = type.getAnnotation(Said.class);
            if (said == null) {
                continue;
            }
            List<AnnotatedElement> places = new ArrayList<>(List.of(type.getDeclaredFields()));
            if (type.isRecord()) {
                places.addAll(List.of(type.getRecordComponents()));
            }
            for (Method m : type.getDeclaredMethods()) {
                places.addAll(List.of(m.getParameters()));
            }
            for (AnnotatedElement place : places) {
                for (Annotation a : place.getAnnotations()) {
                    if (!a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
                        continue;
                    }
                    String key = (String) a.annotationType().getMethod("message").invoke(a);
                    checked.add(type.getSimpleName() + "." + name(place) + ": " + key);
                    try {
                        said.value().getMethod(key);
                    } catch (NoSuchMethodException e) {
                        missing.add(type.getName() + "." + name(place) + " names " + key + ", which "
                                + said.value().getSimpleName() + " does not have");
                    }
                }
            }
        }
        assertFalse(checked.isEmpty(), "constraints were found");
        assertEquals(Set.of(), missing);
    }

    private static String name(AnnotatedElement e) {
        return e instanceof java.lang.reflect.Field f ? f.getName()
                : e instanceof java.lang.reflect.RecordComponent r ? r.getName()
                : e instanceof Parameter p ? p.getDeclaringExecutable().getName() + "(" + p.getName() + ")" : e.toString();
    }
}

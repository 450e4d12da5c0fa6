package cyd.web;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A message named, not yet said: a message of a bundle ({@code IdeaMsg::ideaTitleRequired}), put into words only
 * when a page in some language shows it. Services return these, so no service needs to know the page's language;
 * the compiler checks the message exists, and two words are equal when they name the same message.
 *
 * @param bundle the message bundle interface
 * @param key the message's name in it
 * @param detail words that follow it as they are (the sites a council typed wrongly), or null
 */
public record Word(Class<?> bundle, String key, String detail) {

    /** A message of bundle {@code B}, written as a method reference. */
    @FunctionalInterface
    public interface Ref<B> extends Function<B, String>, Serializable {
    }

    private static final Map<Class<?>, Word> OF_REF_CLASS = new ConcurrentHashMap<>();
    private static final Map<Word, Method> METHODS = new ConcurrentHashMap<>();

    public static <B> Word of(Ref<B> ref) {
        // A method reference compiles to one class per place it is written: remember what each names.
        return OF_REF_CLASS.computeIfAbsent(ref.getClass(), c -> named(ref));
    }

    private static Word named(Ref<?> ref) {
        try {
            Method replace = ref.getClass().getDeclaredMethod("writeReplace");
            replace.setAccessible(true);
            SerializedLambda lambda = (SerializedLambda) replace.invoke(ref);
            Class<?> bundle = Class.forName(lambda.getImplClass().replace('/', '.'), false, ref.getClass().getClassLoader());
            return new Word(bundle, lambda.getImplMethodName(), null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Not a message reference: " + ref, e);
        }
    }

    /** This message followed by some words as they are. */
    public Word then(String more) {
        return new Word(bundle, key, detail == null ? more : detail + " " + more);
    }

    /** The message in a language ("en" or "cy"). */
    public String in(String lang) {
        Object words = RequestContext.words(bundle, lang);
        try {
            String text = (String) METHODS.computeIfAbsent(new Word(bundle, key, null), w -> method(w)).invoke(words);
            return detail == null ? text : text + " " + detail;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot say " + bundle.getSimpleName() + "." + key, e);
        }
    }

    /** The message in a template's language: its locale, or the variant RESTEasy chose for it. */
    public String in(Object locale, Object selectedVariant) {
        Locale l = locale instanceof Locale given ? given
                : locale instanceof String tag ? Locale.forLanguageTag(tag)
                : selectedVariant instanceof io.quarkus.qute.Variant v ? v.getLocale() : null;
        return in(l != null && Lang.CY.equals(l.getLanguage()) ? Lang.CY : Lang.EN);
    }

    private static Method method(Word w) {
        try {
            return w.bundle.getMethod(w.key);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cz.socialinclusion.partnership.source;

import cz.socialinclusion.partnership.base.Limits;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paths of the facts a part of the model holds, in the syntax {@link Citation} describes: every value the
 * record gives (a name, a day, a set of themes, a reference to a member…) is one fact; a record of the model with
 * more than one component holds facts under its components; a list holds facts under each element, named by its id
 * ({@code id()} or {@code memberId()}) where it has one, else by its index from 0. A value not given ({@code null})
 * or an empty collection is no fact.
 */
public final class FactPaths {

    private static final String MODEL_PACKAGE = "cz.socialinclusion.partnership";
    private static final String BASE_PACKAGE = MODEL_PACKAGE + ".base";
    private static final Pattern PATH = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(\\[[A-Za-z0-9._:-]{1,100}\\])*(\\.[A-Za-z][A-Za-z0-9]*(\\[[A-Za-z0-9._:-]{1,100}\\])*)*");
    private static final int PATH_MAX = Limits.NAME_MAX;

    private FactPaths() {
    }

    /**
     * The paths of every fact {@code value} holds, each starting with {@code path}.
     *
     * @param path  the path of {@code value} itself, e.g. {@code "partnership"} or {@code "plans"}
     * @param value a value of the model: a record, a list of records, or a single value
     * @return the facts' paths in the order of the components and elements
     */
    public static List<String> of(String path, Object value) {
        List<String> facts = new ArrayList<>();
        walk(path, value, facts);
        return facts;
    }

    /**
     * Whether {@code text} is a well-formed path: names joined by {@code .}, each followed by any number of
     * {@code [key]}, a key being 1 to 100 letters, digits or {@code . _ : -}.
     *
     * @param text any text
     * @return whether it is a well-formed path
     */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= PATH_MAX && PATH.matcher(text).matches();
    }

    /**
     * Whether the fact or part at {@code covering} covers the fact at {@code path}: the same path, or {@code path}
     * lies under it.
     *
     * @param covering a path that may cover
     * @param path     a fact's path
     * @return whether {@code covering} covers {@code path}
     */
    public static boolean covers(String covering, String path) {
        if (!path.startsWith(covering)) {
            return false;
        }
        if (path.length() == covering.length()) {
            return true;
        }
        char next = path.charAt(covering.length());
        return next == '.' || next == '[';
    }

    /**
     * Every path that covers {@code path}: the path itself and each of its parents, up to its first name.
     *
     * @param path a well-formed path
     * @return the covering paths, longest first
     */
    public static List<String> coveringPaths(String path) {
        List<String> paths = new ArrayList<>();
        paths.add(path);
        int depth = 0;
        for (int i = path.length() - 1; i > 0; i--) {
            char c = path.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                depth--;
                if (depth == 0) {
                    paths.add(path.substring(0, i));
                }
            } else if (c == '.' && depth == 0) {
                paths.add(path.substring(0, i));
            }
        }
        return paths;
    }

    private static void walk(String path, Object value, List<String> facts) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return;
            }
            if (!isComposite(list.get(0))) {
                facts.add(path);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                walk(path + "[" + key(element, i) + "]", element, facts);
            }
            return;
        }
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return;
        }
        if (!isComposite(value)) {
            facts.add(path);
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            walk(path + "." + component.getName(), invoke(component.getAccessor(), value), facts);
        }
    }

    /** A record of the model with more than one component: its facts are its components'. */
    private static boolean isComposite(Object value) {
        Class<?> type = value.getClass();
        String pkg = type.getPackageName();
        return type.isRecord() && type.getRecordComponents().length > 1
                && (pkg.equals(MODEL_PACKAGE) || pkg.startsWith(MODEL_PACKAGE + ".")) && !pkg.equals(BASE_PACKAGE);
    }

    private static String key(Object element, int index) {
        for (String name : new String[] {"id", "memberId"}) {
            try {
                Method method = element.getClass().getMethod(name);
                Object key = invoke(method, element);
                if (key != null) {
                    return key.toString();
                }
            } catch (NoSuchMethodException e) {
                // no such key: try the next, then the index
            }
        }
        return Integer.toString(index);
    }

    private static Object invoke(Method accessor, Object value) {
        try {
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("reading " + value.getClass().getSimpleName() + "." + accessor.getName()
                    + " failed", e);
        }
    }
}

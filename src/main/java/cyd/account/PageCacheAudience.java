package cyd.account;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cyd.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the page cache who is signed in: everyone with the same roles in the same councils sees the same pages. */
@ApplicationScoped
public class PageCacheAudience implements PageCache.Audience {

    @Inject
    CurrentPerson me;

    @Override
    public String signedInGroup() {
        if (!me.isSignedIn()) {
            return null;
        }
        Map<Long, Set<String>> roles = me.viewer().roles();
        if (roles.isEmpty()) {
            return "resident";
        }
        StringBuilder group = new StringBuilder();
        new TreeMap<>(roles).forEach((council, r) -> group.append(council).append(new TreeSet<>(r)));
        return group.toString();
    }
}

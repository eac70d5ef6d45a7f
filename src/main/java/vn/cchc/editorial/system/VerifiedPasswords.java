package vn.cchc.editorial.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * HTTP basic sends the password with every request, and Camunda checks it against the stored hash each time,
 * in a command of its own (the user read, the lockout counted, the hash computed). This remembers, per user, a
 * password the engine accepted, for {@code cchc.security.verified-password-ttl} (1 minute by default; 0 turns
 * the memory off), so that the next calls of a program with the same credentials skip the engine's check
 * (docs/security.md, "HTTP basic").
 * <ul>
 *   <li>What is kept is an HMAC-SHA256 of the user id and password under a key made at random when the node
 *   starts and never stored, never the password; a call matches only when its HMAC is equal, compared in
 *   constant time ({@link MessageDigest#isEqual}).</li>
 *   <li>Only an accepted password is kept; a refused one always goes to the engine, which counts it towards
 *   the user's lockout, and forgets the user's kept password, so a lockout takes effect at the next call.</li>
 *   <li>A user saved (a new password), unlocked, locked or deleted through the engine of this node is forgotten
 *   at once ({@link #forget}, called by the engine's identity provider, {@link PasswordChangesForget}); on
 *   another node of a cluster, within the time-to-live.</li>
 *   <li>At most {@link #MAX_USERS} users are kept; beyond, the least recently used go.</li>
 * </ul>
 * With the password, {@link #memberships} keeps the groups and tenants the engine gave the user, which Camunda's
 * REST filter would otherwise read again on every call (two queries): for the same time-to-live, forgotten with
 * the user, and all of them forgotten when a group or tenant is deleted or a tenant's groups change.
 */
public class VerifiedPasswords {

    /** The most users whose accepted password a node keeps at once: every account of a department many times over. */
    static final int MAX_USERS = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final Cache<String, byte[]> accepted;
    private final Cache<String, Memberships> memberships;
    private final boolean enabled;
    private final SecretKeySpec key;

    /** @param timeToLive how long an accepted password is kept after the engine accepted it; zero or negative: never */
    public VerifiedPasswords(Duration timeToLive) {
        this(timeToLive, Ticker.systemTicker());
    }

    /** @param ticker the time the kept passwords expire by (a test's own) */
    VerifiedPasswords(Duration timeToLive, Ticker ticker) {
        this.enabled = timeToLive != null && !timeToLive.isZero() && !timeToLive.isNegative();
        this.accepted = Caffeine.newBuilder().maximumSize(MAX_USERS).ticker(ticker)
                .expireAfterWrite(enabled ? timeToLive : Duration.ofNanos(1)).build();
        this.memberships = Caffeine.newBuilder().maximumSize(MAX_USERS).ticker(ticker)
                .expireAfterWrite(enabled ? timeToLive : Duration.ofNanos(1)).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /**
     * Whether the password is the user's: true at once when the engine accepted the same credentials within
     * the time-to-live, otherwise the engine's {@link IdentityService#checkPassword} decides (and counts a failure).
     */
    public boolean check(IdentityService identity, String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        byte[] mac = enabled ? mac(userId, password) : null;
        if (enabled) {
            byte[] kept = accepted.getIfPresent(userId);
            if (kept != null && MessageDigest.isEqual(kept, mac)) {
                return true;
            }
        }
        boolean ok = identity.checkPassword(userId, password);
        if (ok && enabled) {
            accepted.put(userId, mac);
        } else if (!ok) {
            forget(userId);
        }
        return ok;
    }

    /** A user's groups and tenants, as the engine's identity service lists them. */
    public record Memberships(List<String> groups, List<String> tenants) {
        public Memberships {
            groups = List.copyOf(groups);
            tenants = List.copyOf(tenants);
        }

        /** Read as Camunda's REST filter reads them: the groups the user is a member of, the tenants of the user and of those groups. */
        public static Memberships of(IdentityService identity, String userId) {
            return new Memberships(identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                    identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
        }
    }

    /**
     * The user's groups and tenants: kept ones when read within the time-to-live and nothing changed them on
     * this node since, otherwise {@code read} (then kept). Only for a user whose password was just checked.
     */
    public Memberships memberships(String userId, Supplier<Memberships> read) {
        if (!enabled) {
            return read.get();
        }
        Memberships kept = memberships.getIfPresent(userId);
        if (kept != null) {
            return kept;
        }
        Memberships fresh = read.get();
        memberships.put(userId, fresh);
        return fresh;
    }

    /** Forgets the user's accepted password and memberships: the next call goes to the engine. */
    public void forget(String userId) {
        if (userId != null) {
            accepted.invalidate(userId);
            memberships.invalidate(userId);
        }
    }

    /** Forgets every user's memberships (a group or tenant deleted, a tenant's groups changed); passwords stay. */
    public void forgetMemberships() {
        memberships.invalidateAll();
    }

    private byte[] mac(String userId, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            // the separator keeps ("a:b", "c") and ("a", "b:c") apart; a user id has no NUL (userResourceWhitelistPattern)
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}

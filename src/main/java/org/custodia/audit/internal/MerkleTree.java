package org.custodia.audit.internal;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merkle tree hashes as Certificate Transparency defines them (RFC 6962 section 2.1, RFC 9162 2.1):
 * a leaf is SHA-256(0x00 || data), a node SHA-256(0x01 || left || right), and a tree of n leaves splits
 * at the largest power of two below n. So a batch's root, and the path from one entry to it, can be
 * checked with any RFC 6962 implementation, not only this one.
 */
public final class MerkleTree {

    private static final byte[] LEAF = {0};
    private static final byte[] NODE = {1};

    private MerkleTree() {}

    /** Builds a root leaf by leaf in O(log n) memory, reusing its buffers: one per batch walked. */
    public static final class Builder {
        private final MessageDigest sha256 = sha256();
        private final byte[][] stack = new byte[64][32];
        private int depth;
        private long leaves;

        /** Adds the leaf whose data is {@code data[offset, offset + 32)} (an entry's hash). */
        public void add(byte[] data, int offset) {
            sha256.update(LEAF);
            sha256.update(data, offset, 32);
            digestInto(stack[depth++]);
            leaves++;
            // Each trailing zero of the leaf count closes a complete subtree: merge the two on top.
            for (long count = leaves; (count & 1) == 0; count >>= 1) {
                node(stack[depth - 2], stack[depth - 1], stack[depth - 2]);
                depth--;
            }
        }

        public long size() {
            return leaves;
        }

        /** The tree head of the leaves added so far (SHA-256 of nothing when there are none). */
        public byte[] root() {
            if (depth == 0) {
                return sha256.digest();
            }
            byte[] root = stack[depth - 1].clone();
            for (int i = depth - 2; i >= 0; i--) {
                node(stack[i], root, root);
            }
            return root;
        }

        public void reset() {
            depth = 0;
            leaves = 0;
        }

        private void node(byte[] left, byte[] right, byte[] into) {
            sha256.update(NODE);
            sha256.update(left);
            sha256.update(right);
            digestInto(into);
        }

        private void digestInto(byte[] into) {
            try {
                sha256.digest(into, 0, 32);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF);
        return sha256.digest(data);
    }

    /** The tree head over these leaf hashes. */
    public static byte[] root(List<byte[]> leafHashes) {
        return leafHashes.isEmpty() ? sha256().digest() : subtree(sha256(), leafHashes, 0, leafHashes.size());
    }

    /** The audit path PATH(m, D[n]) of leaf {@code index}: the sibling hashes from the leaf up. */
    public static List<byte[]> path(List<byte[]> leafHashes, int index) {
        if (index < 0 || index >= leafHashes.size()) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(sha256(), leafHashes, index, 0, leafHashes.size(), path);
        return path;
    }

    /** The root an audit path leads to from a leaf (RFC 9162 2.1.3.2), or null if the path cannot fit. */
    public static byte[] rootFromPath(byte[] leafHash, long index, long size, List<byte[]> path) {
        if (index < 0 || index >= size) {
            return null;
        }
        MessageDigest sha256 = sha256();
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] sibling : path) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(sha256, sibling, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(sha256, r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    public static boolean leadsTo(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        byte[] computed = rootFromPath(leafHash, index, size, path);
        return computed != null && Arrays.equals(computed, root);
    }

    private static void collectPath(
            MessageDigest sha256, List<byte[]> leaves, int index, int from, int to, List<byte[]> path) {
        if (to - from == 1) {
            return;
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        if (index < split) {
            collectPath(sha256, leaves, index, from, split, path);
            path.add(subtree(sha256, leaves, split, to));
        } else {
            collectPath(sha256, leaves, index, split, to, path);
            path.add(subtree(sha256, leaves, from, split));
        }
    }

    private static byte[] subtree(MessageDigest sha256, List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        return node(sha256, subtree(sha256, leaves, from, split), subtree(sha256, leaves, split, to));
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] node(MessageDigest sha256, byte[] left, byte[] right) {
        sha256.update(NODE);
        sha256.update(left);
        return sha256.digest(right);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

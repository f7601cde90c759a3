package org.custodia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch roots and audit paths must be RFC 6962's, or no one else's tool could check a proof: the
 * reference vectors are Certificate Transparency's (the leaves "", 00, 10, 2021, 3031, 40414243, ...).
 */
class MerkleTreeUnitTests {

    private static final HexFormat HEX = HexFormat.of();
    private static final String[] LEAVES = {
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"
    };
    private static final String[] ROOTS = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };

    @Test
    void rootsAreTheReferenceRootsForEverySizeUpToEight() {
        for (int size = 1; size <= LEAVES.length; size++) {
            assertThat(HEX.formatHex(MerkleTree.root(leafHashes(size))))
                    .as("size %d", size)
                    .isEqualTo(ROOTS[size - 1]);
        }
        assertThat(HEX.formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void auditPathsAreTheReferencePaths() {
        assertThat(MerkleTree.path(leafHashes(8), 0).stream().map(HEX::formatHex))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.path(leafHashes(8), 5).stream().map(HEX::formatHex))
                .containsExactly(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(MerkleTree.path(leafHashes(3), 2).stream().map(HEX::formatHex))
                .containsExactly("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
    }

    @Test
    void theStreamingBuilderGivesTheSameRootAsTheTree() {
        MerkleTree.Builder builder = new MerkleTree.Builder();
        List<byte[]> leaves = new ArrayList<>();
        for (int size = 1; size <= 70; size++) {
            byte[] entryHash = MerkleTree.leafHash(new byte[] {(byte) size});
            builder.add(entryHash, 0);
            leaves.add(MerkleTree.leafHash(entryHash));
            assertThat(builder.root()).as("size %d", size).isEqualTo(MerkleTree.root(leaves));
        }
    }

    @Test
    void everyLeafsPathLeadsToTheRootInTreesOfEverySizeAndNothingElseDoes() {
        for (int size = 1; size <= 40; size++) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                leaves.add(MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i * 7)}));
            }
            byte[] root = MerkleTree.root(leaves);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.path(leaves, index);
                assertThat(MerkleTree.leadsTo(leaves.get(index), index, size, path, root))
                        .isTrue();
                byte[] otherLeaf = MerkleTree.leafHash(new byte[] {(byte) 200});
                assertThat(MerkleTree.leadsTo(otherLeaf, index, size, path, root))
                        .isFalse();
                if (size > 1) {
                    assertThat(MerkleTree.leadsTo(leaves.get(index), (index + 1) % size, size, path, root))
                            .isFalse();
                }
            }
        }
    }

    private static List<byte[]> leafHashes(int size) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            hashes.add(MerkleTree.leafHash(HEX.parseHex(LEAVES[i])));
        }
        return hashes;
    }
}

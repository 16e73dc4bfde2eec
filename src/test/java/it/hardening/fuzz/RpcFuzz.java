package it.hardening.fuzz;

import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.Signer;
import it.hardening.fuzz.Tree.Member;
import it.hardening.fuzz.Tree.Obj;
import it.hardening.fuzz.Tree.Raw;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds mutated {@code POST /api} requests. Most mutate the decoded payload and then sign it as a
 * client would, so the mutation reaches the handler; the rest sign with a wrong key or mutate the
 * envelope itself (base64, signature, payload type, the envelope's own JSON).
 */
public final class RpcFuzz {
    private final List<RpcTemplates.Template> templates = RpcTemplates.all();
    private final Mutator mutator;

    public RpcFuzz(Mutator mutator) {
        this.mutator = mutator;
    }

    public FuzzRequest next(int index, World world, Random r) {
        RpcTemplates.Template template = templates.get(r.nextInt(templates.size()));
        Object payload = Tree.parse(WireJson.toJson(template.message().apply(world)));
        PrivateKey key = template.signer().apply(world);
        String payloadType = template.type();
        List<String> log = new ArrayList<>();
        int mode = r.nextInt(100);
        if (mode < 8) {
            log.add("none");
        } else if (mode < 78) {
            payload = mutator.mutate(payload, r, log);
        } else if (mode < 84) {
            PrivateKey[] wrong = world.wrongSigners();
            int which = r.nextInt(wrong.length);
            key = wrong[which];
            log.add("signed by wrong key #" + which);
        } else if (mode < 88) {
            // type confusion: the payload of one message sent, consistently, as another
            payloadType = templates.get(r.nextInt(templates.size())).type();
            if (payload instanceof Obj obj && obj.member("msgtype") != null) {
                obj.member("msgtype").value = payloadType;
            }
            log.add("sent as " + payloadType);
            if (key == null) {
                key = world.member.key();
            }
        }
        String b64 = Base64.getEncoder().encodeToString(Tree.utf8(Tree.write(payload)));
        Obj envelope = new Obj().put("signature", key == null ? "" : Signer.sign(b64, key))
                .put("payloadtype", payloadType).put("payload", b64);
        Object body = envelope;
        if (mode >= 88) {
            body = mutateEnvelope(envelope, key == null ? world.member.key() : key, r, log);
        }
        return new FuzzRequest(index, "rpc", template.type(), log, "POST", "/api", List.of(),
                Tree.utf8(Tree.write(body)), RestTemplates.Reading.WHOLE);
    }

    private Object mutateEnvelope(Obj envelope, PrivateKey key, Random r, List<String> log) {
        Member payload = envelope.member("payload");
        Member signature = envelope.member("signature");
        String b64 = (String) payload.value;
        switch (r.nextInt(4)) {
            case 0 -> {
                String bad = switch (r.nextInt(6)) {
                    case 0 -> "!!!not base64!!!";
                    case 1 -> b64.replace("=", "");
                    case 2 -> b64.replace('+', '-').replace('/', '_') + "-_";
                    case 3 -> b64.replaceAll("(.{76})", "$1\n");
                    case 4 -> "";
                    default -> Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, 0, 1, (byte) 0xC0, (byte) 0x80});
                };
                payload.value = bad;
                signature.value = Signer.sign(bad, key); // a valid signature over the bad payload
                log.add("envelope payload " + Mutator.describe(bad) + " (signed)");
            }
            case 1 -> {
                // an unsigned message (key null above) has an empty signature: damage a real one instead
                String sig = ((String) signature.value).isEmpty() ? Signer.sign(b64, key) : (String) signature.value;
                String bad = switch (r.nextInt(7)) {
                    case 0 -> Hex.random(r, 130);
                    case 1 -> sig.substring(0, 128);
                    case 2 -> sig + "00";
                    case 3 -> "zz" + sig.substring(2);
                    case 4 -> sig.toUpperCase(Locale.ROOT);
                    case 5 -> sig.substring(0, 128) + (r.nextBoolean() ? "05" : "ff");
                    default -> Signer.sign(b64 + "x", key);
                };
                signature.value = bad;
                log.add("envelope signature " + Mutator.describe(bad));
            }
            case 2 -> {
                Member type = envelope.member("payloadtype");
                Object bad = switch (r.nextInt(6)) {
                    case 0 -> "nosuchmsg";
                    case 1 -> ((String) type.value).toUpperCase(Locale.ROOT);
                    case 2 -> type.value + "\u0000";
                    case 3 -> "";
                    case 4 -> "m".repeat(10_000);
                    default -> new Raw("17");
                };
                type.value = bad;
                log.add("envelope payloadtype " + Mutator.describe(bad));
            }
            default -> {
                Object mutated = mutator.mutate(envelope, r, log);
                log.add("(envelope JSON mutated)");
                return mutated;
            }
        }
        return envelope;
    }

    /** Hex text for made-up signatures and ids. */
    static final class Hex {
        private Hex() {
        }

        static String random(Random r, int length) {
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(Character.forDigit(r.nextInt(16), 16));
            }
            return out.toString();
        }
    }
}

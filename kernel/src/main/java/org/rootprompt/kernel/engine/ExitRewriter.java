package org.rootprompt.kernel.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the bytecode of classes compiled from cells so that calls to {@code System.exit},
 * {@code Runtime.exit} and {@code Runtime.halt} call {@link ExitGuard} instead. The engine runs in
 * the kernel's JVM, so without this a cell could end the kernel.
 */
final class ExitRewriter {
    private static final String GUARD = ExitGuard.class.getName().replace('.', '/');

    private ExitRewriter() {}

    static byte[] rewrite(byte[] classBytes) {
        ClassReader reader = new ClassReader(classBytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System")
                                && method.equals("exit") && desc.equals("(I)V")) {
                            changed[0] = true;
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "exit", "(I)V", false);
                        } else if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
                                && (method.equals("exit") || method.equals("halt")) && desc.equals("(I)V")) {
                            changed[0] = true;
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, method,
                                    "(Ljava/lang/Runtime;I)V", false);
                        } else {
                            super.visitMethodInsn(opcode, owner, method, desc, itf);
                        }
                    }
                };
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : classBytes;
    }
}

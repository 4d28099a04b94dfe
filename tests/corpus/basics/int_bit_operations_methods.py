# int.bit_length, bit_count, to_bytes/from_bytes round trips, and masks.
for n in [0, 1, 5, 255, 256, -1, -128, -129, 2 ** 64 - 1, -(2 ** 63)]:
    length = max(1, (n.bit_length() + 8) // 8)
    b = n.to_bytes(length, 'big', signed=True)
    print(n, n.bit_length(), n.bit_count(), b.hex(), int.from_bytes(b, 'big', signed=True) == n, n & 0xff, (n >> 4) & 0xf)
print((255).to_bytes(2, byteorder='little'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(bytearray(b'\x00\x01'), 'big'))
print((5).to_bytes(), int.from_bytes(b'\x05'))
for call in [lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes(b'\x00', 'wrong'), lambda: (-1).to_bytes(1, 'big'), lambda: (256).to_bytes(1, 'big')]:
    try:
        print(call())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

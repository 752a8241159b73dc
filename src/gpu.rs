//! The map's large static layers (land and ordinary ties; node discs) held on the GPU.
//!
//! egui draws a `Shape::Mesh` by copying it into the frame's output and uploading it again,
//! every frame: at 50,000 ties that is megabytes a frame. Here each layer is uploaded once,
//! when the map is prepared, and each frame only draws it, moved and scaled by a uniform
//! while the view pans and zooms. This works through eframe's glow backend (a paint
//! callback); where there is none (tests, or if the shader cannot be built), the app draws
//! the same meshes the ordinary way.

use eframe::egui::{self, Mesh, emath::TSTransform};
use eframe::egui_glow::{self, glow, glow::HasContext as _};
use std::sync::{Arc, Mutex};

/// The map's GPU layers, shared between the app and its paint callbacks.
#[derive(Clone, Default)]
pub(crate) struct GpuLayers {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    gl: Option<Programs>,
    /// Why the GPU path is not used (the shader failed): the app then draws meshes.
    failed: Option<String>,
    /// Whether a layer has been drawn this way yet (said once in the log).
    drawn: bool,
    /// The uploaded layers, by slot (0: under, 1: discs): the mesh kept to tell whether it
    /// changed, and its buffers.
    slots: [Option<Uploaded>; 2],
}

struct Programs {
    program: glow::Program,
    u_screen_size: glow::UniformLocation,
    u_transform: glow::UniformLocation,
    vao: glow::VertexArray,
}

struct Uploaded {
    mesh: Arc<Mesh>,
    vbo: glow::Buffer,
    ebo: glow::Buffer,
}

/// Which layer a mesh is.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    Under = 0,
    Discs = 1,
}

impl GpuLayers {
    /// Whether painting through the GPU works (or has not been tried yet).
    pub(crate) fn usable(&self) -> bool {
        self.state.lock().is_ok_and(|s| s.failed.is_none())
    }

    /// The shape that draws `mesh` in `rect`, its points moved by `transform`.
    pub(crate) fn shape(
        &self,
        painter: &egui::Painter,
        slot: Slot,
        mesh: Arc<Mesh>,
        transform: TSTransform,
    ) -> egui::Shape {
        let rect = painter.clip_rect();
        let (state, ctx) = (self.state.clone(), painter.ctx().clone());
        let callback = egui_glow::CallbackFn::new(move |info, painter| {
            let Ok(mut state) = state.lock() else { return };
            // SAFETY: called by egui_glow on the thread owning the GL context, between its
            // own draws; the state it changes is restored by egui_glow after the callback.
            if let Err(e) = unsafe { state.draw(painter.gl(), &info, slot, &mesh, transform) } {
                log::warn!("the map's GPU layer could not be drawn: {e}; drawing meshes instead");
                state.failed = Some(e);
                // This frame lacks the layer: the next one draws it as meshes.
                ctx.request_repaint();
            }
        });
        egui::Shape::Callback(egui::PaintCallback { rect, callback: Arc::new(callback) })
    }
}

const VERTEX: &str = r"
uniform vec2 u_screen_size;
uniform vec3 u_transform;
I vec2 a_pos;
I vec4 a_srgba;
O vec4 v_rgba;
void main() {
    vec2 p = a_pos * u_transform.z + u_transform.xy;
    gl_Position = vec4(2.0 * p.x / u_screen_size.x - 1.0, 1.0 - 2.0 * p.y / u_screen_size.y, 0.0, 1.0);
    v_rgba = a_srgba / 255.0;
}
";

const FRAGMENT: &str = r"
I vec4 v_rgba;
#if NEW_SHADER_INTERFACE
out vec4 f_color;
#define gl_FragColor f_color
#endif
void main() {
    gl_FragColor = v_rgba;
}
";

impl State {
    unsafe fn draw(
        &mut self,
        gl: &glow::Context,
        info: &egui::PaintCallbackInfo,
        slot: Slot,
        mesh: &Arc<Mesh>,
        transform: TSTransform,
    ) -> Result<(), String> {
        if self.failed.is_some() || mesh.indices.is_empty() {
            return Ok(());
        }
        if self.gl.is_none() {
            self.gl = Some(unsafe { Programs::new(gl)? });
        }
        // An error left over from earlier drawing is not ours.
        while unsafe { gl.get_error() } != glow::NO_ERROR {}
        let Some(p) = &self.gl else { return Ok(()) };
        let slot = &mut self.slots[slot as usize];
        if !slot.as_ref().is_some_and(|u| Arc::ptr_eq(&u.mesh, mesh)) {
            if let Some(old) = slot.take() {
                unsafe {
                    gl.delete_buffer(old.vbo);
                    gl.delete_buffer(old.ebo);
                }
            }
            *slot = Some(unsafe { Uploaded::new(gl, mesh.clone())? });
        }
        let Some(u) = slot.as_ref() else { return Ok(()) };
        unsafe {
            gl.use_program(Some(p.program));
            // egui_glow set the viewport to the callback's rect in whole pixels: positions
            // (points) are made relative to that rectangle, as it was rounded.
            let px = info.viewport_in_pixels();
            let ppp = info.pixels_per_point;
            let (left, top) = (px.left_px as f32 / ppp, px.top_px as f32 / ppp);
            gl.uniform_2_f32(Some(&p.u_screen_size), px.width_px as f32 / ppp, px.height_px as f32 / ppp);
            let t = transform.translation - egui::vec2(left, top);
            gl.uniform_3_f32(Some(&p.u_transform), t.x, t.y, transform.scaling);
            gl.bind_vertex_array(Some(p.vao));
            gl.bind_buffer(glow::ARRAY_BUFFER, Some(u.vbo));
            gl.bind_buffer(glow::ELEMENT_ARRAY_BUFFER, Some(u.ebo));
            let stride = std::mem::size_of::<egui::epaint::Vertex>() as i32;
            let pos = gl.get_attrib_location(p.program, "a_pos").ok_or("no a_pos")?;
            let rgba = gl.get_attrib_location(p.program, "a_srgba").ok_or("no a_srgba")?;
            gl.vertex_attrib_pointer_f32(pos, 2, glow::FLOAT, false, stride, 0);
            gl.enable_vertex_attrib_array(pos);
            // The colour follows the position and the texture coordinates.
            gl.vertex_attrib_pointer_f32(rgba, 4, glow::UNSIGNED_BYTE, false, stride, 16);
            gl.enable_vertex_attrib_array(rgba);
            let count = i32::try_from(u.mesh.indices.len()).map_err(|e| e.to_string())?;
            gl.draw_elements(glow::TRIANGLES, count, glow::UNSIGNED_INT, 0);
            gl.disable_vertex_attrib_array(pos);
            gl.disable_vertex_attrib_array(rgba);
            gl.bind_vertex_array(None);
            gl.bind_buffer(glow::ARRAY_BUFFER, None);
            match gl.get_error() {
                glow::NO_ERROR => {
                    if !self.drawn {
                        self.drawn = true;
                        log::info!("the map's layers are drawn from GPU buffers");
                    }
                    Ok(())
                }
                e => Err(format!("OpenGL error 0x{e:x}")),
            }
        }
    }
}

impl Programs {
    unsafe fn new(gl: &glow::Context) -> Result<Self, String> {
        let version = egui_glow::ShaderVersion::get(gl);
        let new_interface = version.is_new_shader_interface();
        // Vertex array objects (needed by core profiles) came with GL 3 and GLES 3; older
        // contexts draw the meshes the ordinary way.
        if !new_interface {
            return Err(format!("{version:?} has no vertex array objects"));
        }
        let prefix = format!(
            "{}#define NEW_SHADER_INTERFACE {}\n#define I {}\n#define O {}\n#ifdef GL_ES\nprecision highp float;\n#endif\n",
            version.version_declaration(),
            i32::from(new_interface),
            if new_interface { "in" } else { "attribute" },
            if new_interface { "out" } else { "varying" },
        );
        // The fragment shader's inputs are the vertex shader's outputs.
        let fragment_prefix = prefix.replace(
            &format!("#define I {}", if new_interface { "in" } else { "attribute" }),
            &format!("#define I {}", if new_interface { "in" } else { "varying" }),
        );
        unsafe {
            let program = gl.create_program()?;
            let mut shaders = Vec::new();
            for (kind, source) in [
                (glow::VERTEX_SHADER, format!("{prefix}{VERTEX}")),
                (glow::FRAGMENT_SHADER, format!("{fragment_prefix}{FRAGMENT}")),
            ] {
                let shader = gl.create_shader(kind)?;
                gl.shader_source(shader, &source);
                gl.compile_shader(shader);
                if !gl.get_shader_compile_status(shader) {
                    return Err(format!("shader: {}", gl.get_shader_info_log(shader)));
                }
                gl.attach_shader(program, shader);
                shaders.push(shader);
            }
            gl.link_program(program);
            if !gl.get_program_link_status(program) {
                return Err(format!("program: {}", gl.get_program_info_log(program)));
            }
            for shader in shaders {
                gl.detach_shader(program, shader);
                gl.delete_shader(shader);
            }
            let u_screen_size = gl.get_uniform_location(program, "u_screen_size").ok_or("no u_screen_size")?;
            let u_transform = gl.get_uniform_location(program, "u_transform").ok_or("no u_transform")?;
            let vao = gl.create_vertex_array()?;
            Ok(Self { program, u_screen_size, u_transform, vao })
        }
    }
}

impl Uploaded {
    unsafe fn new(gl: &glow::Context, mesh: Arc<Mesh>) -> Result<Self, String> {
        unsafe {
            let vbo = gl.create_buffer()?;
            gl.bind_buffer(glow::ARRAY_BUFFER, Some(vbo));
            gl.buffer_data_u8_slice(glow::ARRAY_BUFFER, bytemuck::cast_slice(&mesh.vertices), glow::STATIC_DRAW);
            let ebo = gl.create_buffer()?;
            gl.bind_buffer(glow::ELEMENT_ARRAY_BUFFER, Some(ebo));
            gl.buffer_data_u8_slice(glow::ELEMENT_ARRAY_BUFFER, bytemuck::cast_slice(&mesh.indices), glow::STATIC_DRAW);
            Ok(Self { mesh, vbo, ebo })
        }
    }
}
